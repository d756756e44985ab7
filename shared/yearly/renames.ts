/**
 * Questions the ministry renamed or moved between two models, which neither their code nor their text
 * finds: last year's item id → this year's. Keyed by the two templates' ids.
 *
 * ZI 2021 → ZI 2026 (PortalRB master): the LHKPN sub-area moved from `iii.i` to `iii.a` and its counts
 * were reworded ("Kepala satuan kerja" → "Jumlah Kepala satuan kerja yang harus melaporkan"); the
 * non-LHKPN (LHKASN) counts lost their first line, the number that must report, which 2026 adds up
 * from the three groups instead, so each group moves up one line and that first count has no place.
 * Both years divide the same counts (2026: reported ÷ (head + officials + others); 2021 the same for
 * LHKPN), so the numbers mean the same thing in both years.
 */
export const KNOWN_RENAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'zi-2021>zi-2026': {
    'A.II.5.iii.i': 'A.II.5.iii.a',
    'A.II.5.iii.i.a': 'A.II.5.iii.a.a',
    'A.II.5.iii.i.a.1': 'A.II.5.iii.a.a.1',
    'A.II.5.iii.i.a.2': 'A.II.5.iii.a.a.2',
    'A.II.5.iii.i.a.3': 'A.II.5.iii.a.a.3',
    'A.II.5.iii.i.a.4': 'A.II.5.iii.a.a.4',
    'A.II.5.iii.b.a.2': 'A.II.5.iii.b.a.1',
    'A.II.5.iii.b.a.3': 'A.II.5.iii.b.a.2',
    'A.II.5.iii.b.a.4': 'A.II.5.iii.b.a.3',
    'A.II.5.iii.b.a.5': 'A.II.5.iii.b.a.4',
  },
};

/** The rename table from one template to another (empty when none is known). */
export function renamesBetween(fromTemplate: string, toTemplate: string): Readonly<Record<string, string>> {
  return KNOWN_RENAMES[`${fromTemplate}>${toTemplate}`] ?? {};
}
