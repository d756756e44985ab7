/**
 * Where an official-style LKE sheet puts each field (0-based columns). The headers are the official
 * workbooks' own words, in Indonesian whatever the app's language: evaluators and the importer read
 * them.
 */
export interface LkeColumns {
  /** The item's code in the workbench ("A.I.1.i.a"), which a pokja's file is merged back by. */
  id?: number;
  /** The national portal's soal number. */
  soal?: number;
  /** First of the six numbering and title columns. */
  hierarchy: number;
  weight: number;
  guidance: number;
  type: number;
  answer: number;
  value: number;
  percent?: number;
  note: number;
  /** Evidence descriptions; with `link` absent, the links are written into this cell too. */
  evidence: number;
  link?: number;
  reviewer: { answer: number; value: number; note: number };
  pokja?: number;
  status?: number;
  targetMonth?: number;
}

/** Hierarchy columns: code and title of the deepest level share the last two. */
export const HIERARCHY_DEPTH = 6;

/**
 * The clean LKE sheet: the columns of the official `LKE ZI` sheet (B–G numbering and titles, H Bobot,
 * I Penjelasan, J Pilihan Jawaban, K Jawaban, L Nilai, M %, O catatan, P bukti dukung, Q link), the
 * reviewer's columns right of them, then the pokja's planning columns; the workbench code in A.
 */
export const CLEAN_LKE_COLUMNS: LkeColumns = {
  id: 0,
  hierarchy: 1,
  weight: 7,
  guidance: 8,
  type: 9,
  answer: 10,
  value: 11,
  percent: 12,
  note: 14,
  evidence: 15,
  link: 16,
  reviewer: { answer: 17, value: 18, note: 19 },
  pokja: 20,
  status: 21,
  targetMonth: 22,
};

/**
 * The 2026 national upload sheet `Jawaban`: unit answer K, note L, evidence M, reviewer (TPI) answer N
 * and note Q (the official cell map), the values of both in O and P, the soal number in A.
 */
export const PORTAL_2026_COLUMNS: LkeColumns = {
  soal: 0,
  hierarchy: 1,
  weight: 7,
  guidance: 8,
  type: 9,
  answer: 10,
  note: 11,
  evidence: 12,
  reviewer: { answer: 13, value: 15, note: 16 },
  value: 14,
  percent: 17,
};

/** Header text of each column of a column set. */
export function columnHeaders(columns: LkeColumns, portal: boolean): Map<number, string> {
  const headers = new Map<number, string>();
  const put = (col: number | undefined, text: string): void => {
    if (col !== undefined) headers.set(col, text);
  };
  put(columns.id, 'Kode');
  put(columns.soal, 'No');
  put(columns.hierarchy, portal ? 'Uraian' : 'Penilaian');
  put(columns.weight, 'Bobot');
  put(columns.guidance, portal ? 'Kriteria Penilaian' : 'Penjelasan');
  put(columns.type, 'Pilihan Jawaban');
  put(columns.answer, portal ? 'Jawaban Unit Kerja' : 'Jawaban');
  put(columns.value, portal ? 'Nilai Unit Kerja' : 'Nilai');
  put(columns.percent, '%');
  put(columns.note, portal ? 'Catatan Unit Kerja' : 'Catatan/Keterangan/Penjelasan');
  put(columns.evidence, portal ? 'Bukti Dukung Unit Kerja' : 'Bukti Dukung');
  put(columns.link, 'Link Bukti Dukung');
  put(columns.reviewer.answer, 'Jawaban TPI');
  put(columns.reviewer.value, 'Nilai TPI');
  put(columns.reviewer.note, 'Catatan TPI');
  put(columns.pokja, 'Pokja');
  put(columns.status, 'Status');
  put(columns.targetMonth, 'Target Bulan');
  return headers;
}
