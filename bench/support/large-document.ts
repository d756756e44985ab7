import { join } from 'node:path';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { indexTemplate } from '../../shared/template/template-index';
import { bestAnswers } from '../../test/support/best-answers';
import { largeTemplate } from '../../test/support/large-template';
import { editsOfStep } from '../../test/documents/edit-stream';

/**
 * A document of the generated 5,000-indicator template, every question answered, with `actions`
 * history entries made the way users make them: each one edit (setFields) of one to five items —
 * answers, reviewer answers, statuses and a note — from the crash test's seeded edit stream.
 */
export async function largeDocument(folder: string, actions: number): Promise<string> {
  const template = largeTemplate();
  const index = indexTemplate(template);
  const path = join(folder, `lke-5000-${actions}.rbw`);
  const records = new Map([...bestAnswers(index)].map(([id, answer]) => [id, { answer }]));
  await createDocument(path, { template, records, author: 'bench' });
  const session = await DocumentSession.open(path);
  try {
    for (let step = 0; step < actions; step++) setFields(session, editsOfStep(index, step), 'bench');
  } finally {
    session.close();
  }
  return path;
}
