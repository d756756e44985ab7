import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerRecord } from '../../shared/records/answer-record';
import sample from '../../examples/dinas-contoh-zi-2021.answers.json';
import { parseAnswersFile } from '../answers/load-answers-file';
import { createDocument } from '../documents/create-document';
import { dataDir } from './data-dir';
import { uniquePath } from './unique-path';

const SAMPLE_NAME = 'contoh-dinas-contoh-zi-2021';

/** The sample in the workbench's folder ("Coba contoh"): the one made earlier, else made now. */
export async function samplePath(author: string): Promise<string> {
  const made = join(dataDir(), 'documents', `${SAMPLE_NAME}.rbw`);
  return existsSync(made) ? made : createSampleDocument(author);
}

/**
 * A first document for a new user: the built-in ZI 2021 template filled in for "Dinas Contoh", a unit
 * the project made up (examples/, scripts/make-sample-answers.ts), so the screen shows a complete LKE
 * at once: answers, notes, evidence links, a few reviewer answers, places to gain points.
 */
export async function createSampleDocument(author: string): Promise<string> {
  const path = uniquePath(join(dataDir(), 'documents'), SAMPLE_NAME, '.rbw');
  const loaded = parseAnswersFile(sample, 'dinas-contoh-zi-2021.answers.json');
  const records: Record<string, Partial<AnswerRecord>> = {};
  for (const [itemId, entry] of Object.entries(loaded.file.answers)) {
    const answer = loaded.answers.get(itemId) ?? null;
    if (entry === null || typeof entry !== 'object') {
      records[itemId] = { answer };
      continue;
    }
    records[itemId] = {
      answer,
      note: entry.note ?? null,
      evidence: entry.evidence ?? [],
      reviewerAnswer: loaded.reviewerAnswers.get(itemId) ?? null,
      reviewerNote: entry.reviewerNote ?? null,
    };
  }
  await createDocument(path, {
    template: loaded.template,
    records,
    metadata: { agency: 'Pemerintah Kota Contoh', unit: 'Dinas Contoh', year: 2021 },
    author,
  });
  return path;
}
