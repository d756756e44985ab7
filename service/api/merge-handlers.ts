import type { MERGE_OPERATIONS } from '../../shared/api/merge-operations';
import { onDocument } from './behaviours';
import type { Handlers } from './handlers';

type MergeHandlers = Pick<Handlers, keyof typeof MERGE_OPERATIONS>;

/** The handlers of merging (shared/api/merge-operations.ts). */
export const mergeHandlers: MergeHandlers = {
  'app.merge': onDocument(async (doc, input, { author, files }) => {
    const { documentId: _, dryRun, allowBlank, take, choices, ...source } = input;
    const { mergeFile } = await import('../merge/merge-file');
    return mergeFile(
      doc.session,
      'path' in source ? { path: files.allow(source.path, 'merge') } : source,
      author,
      { dryRun, allowBlank, choices: { fields: choices, all: take } },
    );
  }),
};
