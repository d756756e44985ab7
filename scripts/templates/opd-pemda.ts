import { INDEKS_RB_BANDS } from '../../shared/template/category-band';
import type { Group, Indicator, Template, TemplateNode } from '../../shared/template/template-schema';

/**
 * A made-up Pemda model for its OPD, in the template file format of ours: "RB General Perangkat Daerah"
 * (65) and "RB Tematik Perangkat Daerah" (35), our own questions and weights (no regulation's), as a
 * Bagian Organisasi could set for its OPD. Questions of three answer types, a `%` row derived from two
 * `Jumlah` inputs, and a survey value scored on its scale.
 */
export const OPD_TEMPLATE_ID = 'opd-pemda-contoh';

type Spec = [code: string, title: string, type: string];

const q = (parent: string, [code, title, answerType]: Spec): Indicator => ({
  kind: 'indicator',
  id: `${parent}.${code}`,
  code: `${code}.`,
  title,
  answerType,
});

function subArea(parent: string, code: string, title: string, weight: number, questions: Spec[]): Group {
  const id = `${parent}.${code}`;
  return {
    kind: 'group',
    id,
    code: `${code}.`,
    title,
    level: 'sub-area',
    weight,
    aggregate: 'average',
    children: questions.map((spec) => q(id, spec)),
  };
}

function group(
  id: string,
  code: string,
  title: string,
  level: Group['level'],
  children: TemplateNode[],
): Group {
  const weight = children.reduce((sum, c) => sum + (c.weight ?? 0), 0);
  return { kind: 'group', id, code, title, level, weight, aggregate: 'sum', children };
}

export function buildOpdTemplate(): Template {
  const kinerja = subArea('A.III', '1', 'Kinerja pegawai', 7.5, [
    [
      'a',
      'Seluruh pegawai OPD memiliki sasaran kinerja pegawai (SKP) yang selaras dengan renstra OPD',
      'A/B/C/D',
    ],
    ['b', 'Penilaian kinerja pegawai dibahas berkala antara atasan dan pegawai', 'A/B/C'],
  ]);
  const onTime: Indicator = {
    kind: 'indicator',
    id: 'A.III.1.c',
    code: 'c.',
    title: 'Pegawai yang menyerahkan SKP tepat waktu',
    answerType: '%',
    inputs: [
      { id: 'A.III.1.c.1', code: '-', title: 'Jumlah pegawai OPD', answerType: 'Jumlah' },
      {
        id: 'A.III.1.c.2',
        code: '-',
        title: 'Jumlah pegawai yang menyerahkan SKP tepat waktu',
        answerType: 'Jumlah',
      },
    ],
    derive: {
      kind: 'ratio',
      numerator: ['A.III.1.c.2'],
      subtract: [],
      denominator: ['A.III.1.c.1'],
      requires: ['A.III.1.c.1', 'A.III.1.c.2'],
      min: 0,
      max: 1,
      onZeroDenominator: 0,
    },
  };
  kinerja.children.push(onTime);
  const general = group('A', 'A.', 'RB GENERAL PERANGKAT DAERAH', 'component', [
    group('A.I', 'I.', 'Manajemen Perubahan', 'area', [
      subArea('A.I', '1', 'Tim RB OPD', 5, [
        ['a', 'Tim RB OPD ditetapkan dengan keputusan kepala OPD', 'Ya/Tidak'],
        ['b', 'Tim RB OPD memiliki rencana kerja tahunan', 'A/B/C'],
        ['c', 'Rencana kerja tim RB OPD dipantau setiap triwulan', 'A/B/C/D'],
      ]),
      subArea('A.I', '2', 'Rencana aksi RB OPD', 5, [
        ['a', 'Rencana aksi RB OPD mengacu pada road map RB pemerintah daerah', 'Ya/Tidak'],
        ['b', 'Rencana aksi memuat target dan penanggung jawab setiap kegiatan', 'A/B/C'],
        ['c', 'Capaian rencana aksi dilaporkan kepada Bagian Organisasi', 'A/B/C/D'],
      ]),
      subArea('A.I', '3', 'Budaya kerja', 5, [
        ['a', 'Agen perubahan OPD ditetapkan dan aktif', 'A/B/C'],
        ['b', 'Nilai budaya kerja OPD disosialisasikan kepada seluruh pegawai', 'A/B/C/D'],
      ]),
    ]),
    group('A.II', 'II.', 'Penataan Tatalaksana', 'area', [
      subArea('A.II', '1', 'Prosedur kerja (SOP)', 7.5, [
        ['a', 'Peta proses bisnis OPD telah disusun', 'Ya/Tidak'],
        ['b', 'SOP layanan utama OPD telah ditetapkan', 'A/B/C/D'],
        ['c', 'SOP dievaluasi dan diperbarui paling lambat dua tahun sekali', 'A/B/C'],
      ]),
      subArea('A.II', '2', 'SPBE di OPD', 7.5, [
        ['a', 'Layanan administrasi OPD menggunakan aplikasi pemerintah daerah', 'A/B/C/D'],
        ['b', 'Data OPD dibagi melalui portal satu data daerah', 'A/B/C'],
        ['c', 'Naskah dinas OPD dikelola secara elektronik', 'Ya/Tidak'],
      ]),
    ]),
    group('A.III', 'III.', 'Manajemen SDM Aparatur', 'area', [
      kinerja,
      subArea('A.III', '2', 'Disiplin dan kode etik', 7.5, [
        ['a', 'Rekapitulasi kehadiran pegawai dipantau setiap bulan', 'A/B/C'],
        ['b', 'Pelanggaran disiplin ditindaklanjuti sesuai ketentuan', 'A/B/C/D'],
      ]),
    ]),
    group('A.IV', 'IV.', 'Akuntabilitas', 'area', [
      subArea('A.IV', '1', 'Akuntabilitas kinerja OPD', 10, [
        ['a', 'Renstra dan perjanjian kinerja OPD memuat indikator hasil', 'A/B/C/D'],
        ['b', 'Capaian kinerja OPD dipantau setiap triwulan', 'A/B/C'],
        ['c', 'Laporan kinerja OPD disampaikan tepat waktu', 'Ya/Tidak'],
      ]),
      subArea('A.IV', '2', 'Pengendalian intern', 10, [
        ['a', 'Risiko utama OPD diidentifikasi dan ditangani', 'A/B/C/D'],
        ['b', 'Rekomendasi Inspektorat ditindaklanjuti', 'A/B/C/D'],
      ]),
    ]),
  ]);
  const ikm: Indicator = {
    kind: 'indicator',
    id: 'B.I.2',
    code: '2.',
    title: 'Indeks Kepuasan Masyarakat (IKM) layanan OPD',
    answerType: 'Nilai (0-100)',
    weight: 7.5,
  };
  const thematic = group('B', 'B.', 'RB TEMATIK PERANGKAT DAERAH', 'component', [
    group('B.I', 'I.', 'Pelayanan publik', 'area', [
      subArea('B.I', '1', 'Standar pelayanan', 7.5, [
        ['a', 'Standar pelayanan setiap layanan OPD ditetapkan dan dipublikasikan', 'A/B/C/D'],
        ['b', 'Pengaduan masyarakat dijawab paling lambat lima hari kerja', 'A/B/C'],
        ['c', 'Sarana layanan ramah kelompok rentan tersedia', 'Ya/Tidak'],
      ]),
      ikm,
    ]),
    group('B.II', 'II.', 'Penanggulangan kemiskinan', 'area', [
      subArea('B.II', '1', 'Data dan program', 10, [
        ['a', 'Program OPD yang menyasar warga miskin memakai data terpadu daerah', 'A/B/C/D'],
        ['b', 'Capaian program bagi warga miskin dilaporkan setiap semester', 'A/B/C'],
        ['c', 'OPD terlibat dalam forum penanggulangan kemiskinan daerah', 'Ya/Tidak'],
      ]),
    ]),
    group('B.III', 'III.', 'Digitalisasi layanan', 'area', [
      subArea('B.III', '1', 'Layanan daring', 10, [
        ['a', 'Layanan utama OPD dapat diajukan secara daring', 'A/B/C/D'],
        ['b', 'Status permohonan dapat dipantau pemohon', 'A/B/C'],
        ['c', 'Pembayaran retribusi layanan dapat dilakukan nontunai', 'Ya/Tidak'],
      ]),
    ]),
  ]);
  return {
    format: 'rbw-template',
    schemaVersion: 1,
    id: OPD_TEMPLATE_ID,
    version: '1',
    title: 'LKE RB Perangkat Daerah – Kota Contoh (contoh buatan)',
    model: 'other',
    year: 2026,
    source: 'Model buatan RB Workbench: RB General Perangkat Daerah 65 + RB Tematik Perangkat Daerah 35',
    unanswered: 'skip',
    answerTypes: [
      {
        kind: 'choice',
        label: 'Ya/Tidak',
        options: [
          { key: 'Ya', value: 1 },
          { key: 'Tidak', value: 0 },
        ],
      },
      {
        kind: 'choice',
        label: 'A/B/C',
        options: [
          { key: 'A', value: 1 },
          { key: 'B', value: 0.5 },
          { key: 'C', value: 0 },
        ],
      },
      {
        kind: 'choice',
        label: 'A/B/C/D',
        options: [
          { key: 'A', value: 1 },
          { key: 'B', value: 0.67 },
          { key: 'C', value: 0.33 },
          { key: 'D', value: 0 },
        ],
      },
      { kind: 'number', label: '%', min: 0, max: 1, decimals: 4 },
      { kind: 'count', label: 'Jumlah', integer: true },
      { kind: 'number', label: 'Nilai (0-100)', min: 0, max: 100, decimals: 2 },
    ],
    root: group('ROOT', '', 'NILAI RB PERANGKAT DAERAH', 'root', [general, thematic]),
    categories: [...INDEKS_RB_BANDS],
  };
}
