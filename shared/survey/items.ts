/**
 * The items of each kind of survey: the nine SKM elements of PermenPANRB 14/2017, the five aspects of
 * the anti-corruption perception survey (IPAK) and the eight items of the service-quality perception
 * survey (IPKP) of PermenPANRB 90/2021. Items are keyed by name, never by number: sources order the
 * SKM elements differently (Sarana is U8 in some, U9 in others). `words` are what a column header says
 * when it asks about the item; the first item whose words all appear in a header is that column's item.
 */
export type SurveyKind = 'skm' | 'ipak' | 'ipkp';

export const SURVEY_KINDS: readonly SurveyKind[] = ['skm', 'ipak', 'ipkp'];

export interface SurveyItem {
  key: string;
  /** The item's name as users write it. */
  name: string;
  /** Alternatives: each a list of words that must all appear in the header (lower case); a word ending in * is the start of a word, any other a whole word. */
  words: readonly (readonly string[])[];
}

export const SKM_ELEMENTS: readonly SurveyItem[] = [
  { key: 'persyaratan', name: 'Persyaratan', words: [['persyaratan'], ['syarat*']] },
  {
    key: 'prosedur',
    name: 'Sistem, Mekanisme, dan Prosedur',
    words: [['prosedur'], ['mekanisme'], ['alur']],
  },
  { key: 'waktu', name: 'Waktu Penyelesaian', words: [['waktu'], ['kecepatan']] },
  { key: 'biaya', name: 'Biaya/Tarif', words: [['biaya'], ['tarif']] },
  {
    key: 'produk',
    name: 'Produk Spesifikasi Jenis Pelayanan',
    words: [['produk'], ['spesifikasi'], ['hasil', 'pelayanan']],
  },
  { key: 'kompetensi', name: 'Kompetensi Pelaksana', words: [['kompeten*'], ['kemampuan']] },
  {
    key: 'perilaku',
    name: 'Perilaku Pelaksana',
    words: [['perilaku'], ['sopan'], ['kesopanan'], ['keramahan'], ['ramah']],
  },
  {
    key: 'pengaduan',
    name: 'Penanganan Pengaduan, Saran dan Masukan',
    words: [['pengaduan'], ['saran'], ['masukan'], ['keluhan']],
  },
  { key: 'sarana', name: 'Sarana dan Prasarana', words: [['sarana'], ['fasilitas']] },
];

export const IPAK_ASPECTS: readonly SurveyItem[] = [
  {
    key: 'diskriminasi',
    name: 'Diskriminasi pelayanan',
    words: [['diskrimina*'], ['membeda*'], ['pembeda*']],
  },
  {
    key: 'kecurangan',
    name: 'Kecurangan pelayanan',
    words: [['kecurangan'], ['curang'], ['di luar prosedur'], ['tidak sesuai prosedur']],
  },
  {
    key: 'imbalan',
    name: 'Menerima imbalan dan/atau gratifikasi',
    words: [['imbalan'], ['gratifikasi'], ['suap']],
  },
  { key: 'percaloan', name: 'Percaloan', words: [['calo'], ['percaloan']] },
  { key: 'pungli', name: 'Pungutan liar', words: [['pungutan'], ['pungli']] },
];

export const IPKP_ITEMS: readonly SurveyItem[] = [
  { key: 'informasi', name: 'Informasi pelayanan', words: [['informasi']] },
  { key: 'persyaratan', name: 'Persyaratan pelayanan', words: [['persyaratan'], ['syarat*']] },
  { key: 'prosedur', name: 'Prosedur pelayanan', words: [['prosedur'], ['mekanisme'], ['alur']] },
  { key: 'waktu', name: 'Jangka waktu pelayanan', words: [['waktu'], ['kecepatan', 'pelayanan']] },
  { key: 'biaya', name: 'Tarif/biaya pelayanan', words: [['biaya'], ['tarif']] },
  { key: 'sarana', name: 'Sarana dan prasarana', words: [['sarana'], ['fasilitas']] },
  {
    key: 'petugas',
    name: 'Respon dan perilaku petugas',
    words: [['petugas'], ['perilaku'], ['respon*'], ['sopan'], ['ramah']],
  },
  {
    key: 'pengaduan',
    name: 'Layanan konsultasi dan pengaduan',
    words: [['konsultasi'], ['pengaduan'], ['keluhan']],
  },
];

export function itemsOf(kind: SurveyKind): readonly SurveyItem[] {
  return kind === 'skm' ? SKM_ELEMENTS : kind === 'ipak' ? IPAK_ASPECTS : IPKP_ITEMS;
}

/** The respondent fields a survey keeps beside the answers. */
export type RespondentField = 'serviceType' | 'date' | 'timestamp';

export const RESPONDENT_FIELDS: readonly { field: RespondentField; words: readonly (readonly string[])[] }[] =
  [
    {
      field: 'serviceType',
      words: [
        ['jenis', 'layanan'],
        ['jenis', 'pelayanan'],
        ['layanan', 'yang'],
      ],
    },
    { field: 'date', words: [['tanggal'], ['tgl']] },
    { field: 'timestamp', words: [['timestamp'], ['stempel waktu'], ['cap waktu']] },
  ];

/** Lower case, single spaces, letters and digits only: how headers and labels are compared. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function headerHas(header: string, words: readonly (readonly string[])[]): boolean {
  const text = ` ${normalizeText(header)} `;
  const has = (word: string): boolean =>
    word.endsWith('*') ? text.includes(` ${word.slice(0, -1)}`) : text.includes(` ${word} `);
  return words.some((all) => all.every(has));
}
