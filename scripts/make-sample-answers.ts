/**
 * Writes the sample unit shipped with the workbench (examples/dinas-contoh-zi-2021.answers.json): the
 * built-in `zi-2021` template answered for "Dinas Contoh", a unit that does not exist, with notes and
 * evidence written here and links to a domain that can never resolve (.example). Nothing in it comes
 * from a real unit's workbook. The answers are drawn from a seeded random source (mostly good, some
 * partial, a few missing pieces), so that the screen shows a complete LKE with places to gain points.
 * Run with `npm run generate:fixtures`; a test checks that the committed file equals a fresh run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswersFile } from '../shared/answers/answers-file';
import { builtinTemplate } from '../shared/builtin-templates';
import { seededRandom } from '../shared/random';
import { kindOf } from '../shared/answers/kinds';
import type { Answerable } from '../shared/template/template-index';
import { indexTemplate } from '../shared/template/template-index';
import { repoRoot } from './templates/reference';

export const SAMPLE_ANSWERS = join(repoRoot, 'examples', 'dinas-contoh-zi-2021.answers.json');
export const SAMPLE_UNIT = { agency: 'Pemerintah Kota Contoh', unit: 'Dinas Contoh', year: 2021 } as const;

const LINKS = 'https://dokumen.dinas-contoh.example/lke-zi-2021';

// Notes in the voice of a pokja, by how far the answer goes.
const DONE = [
  'Sudah ditetapkan dengan SK Kepala Dinas Contoh dan disosialisasikan dalam apel pagi.',
  'Dilaksanakan rutin; laporan terakhir dibahas dalam rapat pimpinan bulan lalu.',
  'Seluruh bidang sudah menjalankan; dokumen tersimpan di folder bersama pokja.',
  'Sudah berjalan sejak awal tahun dan dipantau oleh tim ZI setiap triwulan.',
];
const PARTLY = [
  'Baru sebagian bidang yang menjalankan; bidang lain menyusul pada semester II.',
  'Dokumen ada, tetapi monitoring belum rutin; perlu jadwal yang jelas.',
  'Sudah dirancang, pelaksanaan baru di bagian sekretariat.',
];
const MISSING = [
  'Belum dilaksanakan; masuk rencana kerja pokja tahun depan.',
  'Belum ada dokumen pendukung; perlu koordinasi dengan sekretariat.',
];
const EVIDENCE = [
  'SK Kepala Dinas Contoh',
  'Laporan pelaksanaan triwulan',
  'Notulen rapat dan daftar hadir',
  'Dokumentasi kegiatan',
  'Surat edaran sekretaris dinas',
];

type Entry = Exclude<AnswersFile['answers'][string], string | number | null>;

/** The sample answers file, the same on every run. */
export function sampleAnswers(): AnswersFile {
  const template = builtinTemplate('zi-2021');
  if (!template) throw new Error('zi-2021 is missing');
  const random = seededRandom(2021);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const answers: Record<string, Entry> = {};
  for (const answerable of indexTemplate(template).answerableOrder) {
    const { answer, share } = sampleAnswer(answerable, random);
    const entry: Entry = { answer };
    if (answerable.kind === 'indicator') {
      entry.note = pick(share >= 1 ? DONE : share > 0 ? PARTLY : MISSING);
      if (share > 0) {
        entry.evidence = [
          random() < 0.8
            ? { text: pick(EVIDENCE), url: `${LINKS}/${answerable.id}` }
            : { text: `${pick(EVIDENCE)} (berkas fisik di sekretariat)` },
        ];
      }
    }
    answers[answerable.id] = entry;
  }
  // The reviewer (APIP) has looked at the first area: agrees with most, not with everything.
  for (const [id, entry] of Object.entries(answers)) {
    if (!id.startsWith('A.I.1.') || typeof entry.answer !== 'string') continue;
    const disagrees = id === 'A.I.1.ii.b';
    entry.reviewerAnswer = disagrees ? 'B' : entry.answer;
    if (disagrees) entry.reviewerNote = 'Rencana kerja belum memuat target waktu yang terukur.';
  }
  return {
    format: 'rbw-answers',
    template: 'zi-2021',
    title: `LKE ZI 2021 — contoh: ${SAMPLE_UNIT.unit}, ${SAMPLE_UNIT.agency} (unit rekaan)`,
    answers,
  };
}

/** A plausible answer of a unit doing well: mostly the best option, sometimes the next, rarely worse. */
function sampleAnswer(
  answerable: Answerable,
  random: () => number,
): { answer: string | number; share: number } {
  const type = answerable.type;
  if (type.kind === 'count') return { answer: 5 + Math.floor(random() * 36), share: 1 };
  if (type.kind === 'number') {
    const value = type.min + (type.max - type.min) * (0.78 + random() * 0.2);
    return { answer: Number(value.toFixed(Math.min(2, type.decimals))), share: 1 };
  }
  if (type.kind !== 'choice') return { answer: kindOf(type).trialAnswer(type, random), share: 1 };
  const options = [...type.options].sort((a, b) => b.value - a.value);
  const roll = random();
  const rank = roll < 0.72 ? 0 : roll < 0.92 ? 1 : Math.min(options.length - 1, 2 + Math.floor(random() * 2));
  const option = options[Math.min(rank, options.length - 1)] ?? options[0];
  const best = options[0]?.value ?? 1;
  return { answer: option?.key ?? '', share: best === 0 ? 0 : (option?.value ?? 0) / best };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = sampleAnswers();
  writeFileSync(SAMPLE_ANSWERS, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${SAMPLE_ANSWERS} (${Object.keys(file.answers).length} entries)`);
}
