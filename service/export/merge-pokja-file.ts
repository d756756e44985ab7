import { pokjaScope } from '../../shared/export/pokja-scope';
import { planPokjaMerge } from '../../shared/export/plan-pokja-merge';
import { ProblemError } from '../../shared/problem';
import type { DocumentSession, EditResult } from '../documents/document-session';
import { setFields } from '../documents/edit-records';
import { readPokjaFile } from './read-pokja-file';

export interface MergeResult {
  pokja: string;
  fileName: string;
  /** How many fields changed (0: nothing to merge, the document is untouched). */
  changed: number;
  result: EditResult | null;
}

/**
 * Merges a pokja's file (from `exportDocument` with `pokja`) back into its document: the answers, notes,
 * evidence, reviewer values and work fields of the pokja's areas, as ONE undoable action. A file of
 * another template, an unknown code, a bad value or a change outside the pokja's areas (as the document
 * assigns them now) refuses the whole file with a ProblemError naming the rows; the document is then
 * untouched.
 */
export async function mergePokjaFile(
  session: DocumentSession,
  path: string,
  author: string,
): Promise<MergeResult> {
  const file = await readPokjaFile(path);
  session.sync();
  const scope = pokjaScope(session.index, session.records, file.meta.pokja);
  if (!scope.ok) {
    throw new ProblemError([
      { code: 'merge.pokjaGone', params: { pokja: file.meta.pokja }, where: { file: file.fileName } },
    ]);
  }
  const planned = planPokjaMerge(session.index, session.records, scope.value, file);
  if (!planned.ok) throw new ProblemError(planned.problems);
  const base = { pokja: scope.value.pokja, fileName: file.fileName };
  if (!planned.value.length) return { ...base, changed: 0, result: null };
  const result = setFields(session, planned.value, author, 'paste');
  return { ...base, changed: result.changed.length ? planned.value.length : 0, result };
}
