import type { MergeOutcome } from '../../shared/api/merge-operations';
import { pokjaScope } from '../../shared/export/pokja-scope';
import { checkPokjaFileOrigin, pokjaFileSides } from '../../shared/merge/pokja-file-sides';
import { fieldKey } from '../../shared/merge/three-way';
import { ProblemError } from '../../shared/problem';
import type { DocumentSession } from '../documents/document-session';
import { readPokjaFile } from '../export/read-pokja-file';
import { documentUid } from '../documents/document-uid';
import type { MergeRequest } from './run-merge';
import { runMerge } from './run-merge';

/**
 * Merges a pokja's file (from `rbw export --pokja`) back into its document three ways: against the
 * values it was exported with (its hidden base), so that a stale or partly filled copy changes nothing
 * it did not touch. A file of another template or document, an unknown code, a bad value or a change
 * outside the pokja's areas refuses the whole file with a ProblemError naming the rows.
 */
export async function mergePokjaFile(
  session: DocumentSession,
  path: string,
  author: string,
  request: MergeRequest = {},
): Promise<MergeOutcome> {
  const file = await readPokjaFile(path);
  session.sync();
  const uid = session.store.read(documentUid);
  const origin = checkPokjaFileOrigin(session.index, file, { uid, fileName: session.fileName });
  if (origin) throw new ProblemError([origin]);
  let rows = new Map<string, number>();
  let pokja = file.meta.pokja;
  return runMerge(
    session,
    author,
    {
      kind: 'pokja',
      fileName: file.fileName,
      get pokja() {
        return pokja;
      },
      get label() {
        return `${file.fileName} (${pokja})`;
      },
      baseRevision: file.meta.revision ?? 0,
      sides: (records) => {
        const scope = pokjaScope(session.index, records, file.meta.pokja);
        if (!scope.ok) {
          throw new ProblemError([
            { code: 'merge.pokjaGone', params: { pokja: file.meta.pokja }, where: { file: file.fileName } },
          ]);
        }
        pokja = scope.value.pokja;
        const read = pokjaFileSides(
          session.index,
          records,
          scope.value,
          file,
          { uid, fileName: session.fileName },
          request,
        );
        if (!read.ok) throw new ProblemError(read.problems);
        rows = read.value.rows;
        return read.value;
      },
      rowOf: (itemId, field) => rows.get(fieldKey(itemId, field)) ?? null,
    },
    request,
  );
}
