import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { loadAnswersFile } from '../answers/load-answers-file';
import { createDocument } from '../documents/create-document';
import { dataDir } from './data-dir';
import { uniquePath } from './unique-path';

const EXAMPLE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'examples',
  'lke-zi-2021-filled.answers.json',
);

/**
 * A first document for a new user: the built-in ZI 2021 template filled with the answers, notes and
 * evidence of a real unit's workbook (examples/), so the screen shows a complete LKE at once.
 */
export async function createSampleDocument(author: string): Promise<string> {
  const loaded = await loadAnswersFile(EXAMPLE);
  const records: Record<string, Partial<AnswerRecord>> = {};
  for (const [itemId, entry] of Object.entries(loaded.file.answers)) {
    const answer = loaded.answers.get(itemId) ?? null;
    if (entry === null || typeof entry !== 'object') {
      records[itemId] = { answer };
      continue;
    }
    records[itemId] = { answer, note: entry.note ?? null, evidence: entry.evidence ?? [] };
  }
  const path = uniquePath(join(dataDir(), 'documents'), 'contoh-lke-zi-2021', '.rbw');
  await createDocument(path, {
    template: loaded.template,
    records,
    metadata: { unit: 'Contoh (workbook nyata)', year: 2021 },
    author,
  });
  return path;
}

export const sampleAvailable = (): boolean => existsSync(EXAMPLE);
