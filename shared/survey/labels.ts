import { normalizeText } from './items';

/**
 * The answer labels a questionnaire uses for each point of its scale, worst first, as Google Forms and
 * the SKM applications export them ("Sangat sesuai" = 4 on the 1–4 scale). A label is read only when it
 * is one of these for the survey's scale, or carries the number itself ("4", "4 - Sangat sesuai",
 * "Sangat sesuai (4)"); anything else is off the scale and the row is listed, never guessed.
 */
export type Scale = 4 | 5 | 6;

export const SCALES: readonly Scale[] = [4, 5, 6];

/** Words that make a family of labels ("tidak W", "kurang W", "W", "sangat W"). */
const FAMILY_WORDS = [
  'sesuai',
  'mudah',
  'cepat',
  'kompeten',
  'sopan dan ramah',
  'baik',
  'puas',
  'setuju',
  'jelas',
  'lengkap',
  'wajar',
  'memadai',
  'layak',
  'nyaman',
  'responsif',
  'profesional',
  'berfungsi',
  'mampu',
  'terjangkau',
  'transparan',
  'adil',
  'bersih',
];

function family(scale: Scale, word: string): string[] {
  switch (scale) {
    case 4:
      return [`tidak ${word}`, `kurang ${word}`, word, `sangat ${word}`];
    case 5:
      return [`sangat tidak ${word}`, `tidak ${word}`, `cukup ${word}`, word, `sangat ${word}`];
    case 6:
      return [
        `sangat tidak ${word}`,
        `tidak ${word}`,
        `kurang ${word}`,
        `cukup ${word}`,
        word,
        `sangat ${word}`,
      ];
  }
}

/** Labels that are not a family: the SKM questionnaire's cost, complaints and facilities answers, frequency. */
const OWN_LABELS: Record<Scale, string[][]> = {
  4: [
    ['sangat mahal', 'cukup mahal', 'murah', 'gratis'],
    ['tidak ada', 'ada tetapi tidak berfungsi', 'berfungsi kurang maksimal', 'dikelola dengan baik'],
    ['buruk', 'cukup', 'baik', 'sangat baik'],
    ['sangat sering', 'sering', 'jarang', 'tidak pernah'],
  ],
  5: [
    ['sangat buruk', 'buruk', 'cukup', 'baik', 'sangat baik'],
    ['sangat sering', 'sering', 'kadang kadang', 'jarang', 'tidak pernah'],
    ['sangat tidak setuju', 'tidak setuju', 'netral', 'setuju', 'sangat setuju'],
  ],
  6: [
    ['sangat buruk', 'buruk', 'kurang baik', 'cukup baik', 'baik', 'sangat baik'],
    ['selalu', 'sangat sering', 'sering', 'kadang kadang', 'jarang', 'tidak pernah'],
  ],
};

const tables = new Map<Scale, Map<string, number | 'ambiguous'>>();

/** label → value on the scale; a label that two lists place on different points is ambiguous. */
function labelTable(scale: Scale): Map<string, number | 'ambiguous'> {
  const known = tables.get(scale);
  if (known) return known;
  const table = new Map<string, number | 'ambiguous'>();
  const lists = [...FAMILY_WORDS.map((word) => family(scale, word)), ...OWN_LABELS[scale]];
  for (const list of lists) {
    list.forEach((label, index) => {
      const before = table.get(label);
      table.set(label, before === undefined || before === index + 1 ? index + 1 : 'ambiguous');
    });
  }
  tables.set(scale, table);
  return table;
}

export type ReadAnswer =
  { ok: true; value: number | null } | { ok: false; reason: 'offScale' | 'unknownLabel' };

/** Reads one answer cell: blank → null (not answered); a number or a known label → its point. */
export function readAnswer(raw: string | number | boolean | null | undefined, scale: Scale): ReadAnswer {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'boolean') return { ok: false, reason: 'unknownLabel' };
  if (typeof raw === 'number') return onScale(raw, scale);
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const number = /^(\d+(?:[.,]\d+)?)(?:\s*[-.):]\s*.*)?$/.exec(text) ?? /^.*\(\s*(\d+)\s*\)$/.exec(text);
  if (number?.[1]) return onScale(Number(number[1].replace(',', '.')), scale);
  const value = labelTable(scale).get(normalizeText(text));
  if (value === undefined || value === 'ambiguous') return { ok: false, reason: 'unknownLabel' };
  return { ok: true, value };
}

function onScale(value: number, scale: Scale): ReadAnswer {
  return Number.isInteger(value) && value >= 1 && value <= scale
    ? { ok: true, value }
    : { ok: false, reason: 'offScale' };
}
