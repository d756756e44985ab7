import Fuse from 'fuse.js';

/**
 * What a column of an LKE holds, read from its header text. Workbooks word their headers differently
 * from year to year ("Catatan/Keterangan/Penjelasan", "Bukti Dukung", "Link Data Dukung", "Jawaban TPI",
 * "Nilai 2022"), so each role has a list of words, and a fuzzy match catches typos ("Pilhan Jawaban").
 */
export type ColumnRole =
  | 'number'
  | 'hierarchy'
  | 'weight'
  | 'guidance'
  | 'type'
  | 'answer'
  | 'value'
  | 'percent'
  | 'note'
  | 'evidence'
  | 'link'
  | 'pokja'
  | 'status'
  | 'target';

/** Who a column speaks for: the unit itself or its reviewer (TPI, APIP, evaluator). */
export type ColumnParty = 'unit' | 'reviewer';

export interface HeaderLabel {
  role: ColumnRole;
  party: ColumnParty;
  /** A year written in the header ("Nilai 2022"), if any. */
  year?: number;
  /** "tahun lalu" / "sebelumnya": the header says this is last year's block. */
  prior?: boolean;
}

/** Lower case, single spaces, punctuation other than "%" and "/" turned into spaces. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9%/\u00C0-\u024F]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

const REVIEWER =
  /\b(tpi|apip|evaluator|penilai|inspektorat|reviu|reviewer|verifikasi|verifikator|tim penilai|itjen|pemeriksa)\b/;
const PRIOR = /\b(tahun lalu|sebelumnya|tahun sebelum)\b/;

// Order matters: the first rule that matches wins ("pilihan jawaban" before "jawaban", "catatan" before
// "penjelasan" so that "Catatan/Keterangan/Penjelasan" is a note).
const RULES: [ColumnRole, RegExp][] = [
  ['number', /^(no|nomor|no urut|#)$/],
  ['pokja', /^(pic|pokja|tim|penanggung jawab|penanggungjawab|pj)$/],
  ['status', /^(status|progres|progress)$/],
  ['target', /^(target|target bulan|tenggat|batas waktu|target waktu)$/],
  // "p…n jawaban" also catches typos of "pilihan" ("Pilhan", "Piliha n"), which users do make.
  ['type', /\b(p[a-z ]{2,8}n jawaban|jenis jawaban|tipe jawaban|pilihan|jenis isian)\b/],
  ['weight', /\b(bobot)\b/],
  ['link', /\b(link|tautan|url|hyperlink|alamat bukti)\b/],
  ['evidence', /\b(bukti|data dukung|eviden|evidence|dokumen pendukung)\b/],
  ['note', /\b(catatan|keterangan|komentar|rekomendasi)\b/],
  // "Kriteria Nilai" explains how a row is valued: guidance, not the value column.
  ['guidance', /\b(kriteria|panduan)\b/],
  ['answer', /\b(jawaban|jwb|isian)\b/],
  ['percent', /^(%|persen|persentase|capaian %)$/],
  ['value', /\b(nilai|skor|score)\b/],
  ['guidance', /\b(penjelasan|kriteria|panduan|uraian penjelasan)\b/],
  ['hierarchy', /\b(penilaian|komponen|uraian|indikator|pertanyaan|kriteria|sub komponen|area)\b/],
];

const FUZZY_WORDS: [ColumnRole, string][] = [
  ['type', 'pilihan jawaban'],
  ['weight', 'bobot'],
  ['answer', 'jawaban'],
  ['value', 'nilai'],
  ['note', 'catatan'],
  ['guidance', 'penjelasan'],
  ['evidence', 'bukti dukung'],
];
const fuzzyIndex = new Fuse(
  FUZZY_WORDS.map(([role, word]) => ({ role, word })),
  { keys: ['word'], threshold: 0.25, includeScore: true },
);

/**
 * The role a header text names, with its party and year; null when it names none. `fuzzy` also reads
 * labels with a typo (slower: used on the header rows found, not while scanning for them).
 */
export function readHeaderLabel(text: string, fuzzy = true): HeaderLabel | null {
  const label = normaliseHeader(text);
  if (!label) return null;
  const yearMatch = /\b(19|20)\d{2}\b/.exec(label);
  const withoutYear = label.replace(/\b(19|20)\d{2}\b/g, ' ').trim();
  let role = RULES.find(([, pattern]) => pattern.test(withoutYear))?.[0];
  if (!role && fuzzy && withoutYear.length <= 20 && withoutYear.length >= 4) {
    role = fuzzyIndex.search(withoutYear)[0]?.item.role;
  }
  if (!role) return null;
  return {
    role,
    party: REVIEWER.test(label) ? 'reviewer' : 'unit',
    ...(yearMatch ? { year: Number(yearMatch[0]) } : {}),
    ...(PRIOR.test(label) ? { prior: true } : {}),
  };
}

/** Whether a header text is only a year or a party ("2022", "TPI", "Unit Kerja"): a label of a block. */
export function isBlockLabel(text: string): boolean {
  const label = normaliseHeader(text);
  return (
    /^(tahun )?(19|20)\d{2}$/.test(label) ||
    REVIEWER.test(label) ||
    /^(unit( kerja)?|penilaian mandiri|mandiri|self assessment|tahun (ini|lalu)|tahun sebelumnya)$/.test(
      label,
    )
  );
}
