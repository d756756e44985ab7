/**
 * The made-up Pemda OPD model shipped as a sample template (examples/templates/opd-pemda-contoh.rbwt, the
 * template file format of ours: `rbw template add` it, or open it in the editor), and, given a folder, a
 * few OPD documents of "Kota Contoh" answered at random from it for the portfolio sample:
 *
 *   npx tsx scripts/make-opd-samples.ts             # writes the template file
 *   npx tsx scripts/make-opd-samples.ts ~/opd-2026  # and six OPD documents there; then rbw portfolio ~/opd-2026
 *
 * The OPD do not exist; each has its own seeded level of answers, so that the portfolio shows a spread of
 * categories. A test checks that the committed template file equals a fresh run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnswerRecord } from '../shared/records/answer-record';
import { seededRandom } from '../shared/random';
import type { AnswerValue } from '../shared/template/answer-type';
import { templateFileOf } from '../shared/template/template-file';
import { indexTemplate } from '../shared/template/template-index';
import type { Template } from '../shared/template/template-schema';
import { buildOpdTemplate } from './templates/opd-pemda';
import { repoRoot } from './templates/reference';

export const OPD_TEMPLATE_FILE = join(repoRoot, 'examples', 'templates', 'opd-pemda-contoh.rbwt');

export function opdTemplateFileText(): string {
  return (
    JSON.stringify(templateFileOf(buildOpdTemplate(), { madeFrom: 'RB Workbench (contoh)' }), null, 1) + '\n'
  );
}

/** The OPD of the sample and how far each has come (the chance that an answer is the best one). */
export const SAMPLE_OPD: readonly { unit: string; level: number }[] = [
  { unit: 'Dinas Pendidikan Kota Contoh', level: 0.85 },
  { unit: 'Dinas Kesehatan Kota Contoh', level: 0.7 },
  { unit: 'Badan Perencanaan Pembangunan Daerah Kota Contoh', level: 0.6 },
  { unit: 'Dinas Komunikasi dan Informatika Kota Contoh', level: 0.5 },
  { unit: 'Kecamatan Contoh Utara', level: 0.35 },
  { unit: 'Dinas Sosial Kota Contoh', level: 0.2 },
];

/** Random answers of one OPD: the best option with chance `level`, else any other; a few left empty. */
export function opdAnswers(
  template: Template,
  seed: number,
  level: number,
): Map<string, Partial<AnswerRecord>> {
  const random = seededRandom(seed);
  const index = indexTemplate(template);
  const records = new Map<string, Partial<AnswerRecord>>();
  for (const a of index.answerableOrder) {
    if (random() < 0.05) continue;
    let answer: AnswerValue;
    const type = a.type;
    if (type.kind === 'choice') {
      const sorted = [...type.options].sort((x, y) => y.value - x.value);
      answer =
        random() < level
          ? (sorted[0]?.key as string)
          : (sorted[1 + Math.floor(random() * (sorted.length - 1))]?.key as string);
    } else if (type.kind === 'number') {
      answer = Math.round((type.min + (0.5 + level / 2) * random() * (type.max - type.min)) * 100) / 100;
    } else {
      answer = 20 + Math.floor(random() * 80);
    }
    records.set(a.id, { answer });
  }
  // Counts that make sense: no more SKP on time than employees.
  const total = Number(records.get('A.III.1.c.1')?.answer ?? 0);
  if (records.has('A.III.1.c.2'))
    records.set('A.III.1.c.2', { answer: Math.round(total * (0.4 + 0.6 * level)) });
  return records;
}

async function main(folder: string | undefined): Promise<void> {
  writeFileSync(OPD_TEMPLATE_FILE, opdTemplateFileText());
  console.log(`wrote ${OPD_TEMPLATE_FILE}`);
  if (!folder) return;
  const { createDocument } = await import('../service/documents/create-document');
  const dir = resolve(folder);
  mkdirSync(dir, { recursive: true });
  const template = buildOpdTemplate();
  for (const [i, opd] of SAMPLE_OPD.entries()) {
    const path = join(dir, `${opd.unit.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.rbw`);
    if (existsSync(path)) continue;
    await createDocument(path, {
      template,
      metadata: { agency: 'Pemerintah Kota Contoh', unit: opd.unit, year: 2026, model: 'other' },
      records: opdAnswers(template, 2026 + i, opd.level),
      author: 'Bagian Organisasi (contoh)',
    });
    console.log(`wrote ${path}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv[2]);
