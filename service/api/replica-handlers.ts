import type { REPLICA_OPERATIONS } from '../../shared/api/replica-operations';
import { join } from 'node:path';
import { openDocuments } from '../documents/open-documents';
import { dataDir } from '../workbench/data-dir';
import { uniquePath } from '../workbench/unique-path';
import { onDocument, remembered, showing } from './behaviours';
import type { Handlers } from './handlers';

type ReplicaHandlers = Pick<Handlers, keyof typeof REPLICA_OPERATIONS>;

/** The handlers of a replica in the window (shared/api/replica-operations.ts). */
export const replicaHandlers: ReplicaHandlers = {
  'replica.status': onDocument(async (doc) => {
    const { replicaStatus } = await import('../replica/replica-status');
    return replicaStatus(doc.session);
  }),
  'replica.sync': onDocument(async (doc, input, { author }) => {
    const { syncReplica } = await import('../replica/sync-replica');
    const outcome = await syncReplica(doc.session.path, { take: input.take, choices: input.choices });
    // The sync wrote through its own connection: the window catches up (its result says reloaded).
    const result = outcome.status === 'done' ? doc.session.perform(author, () => undefined) : null;
    return { ...outcome, result };
  }),
  'replica.serverDocuments': async (input) => {
    const { serverDocuments } = await import('../replica/server-documents');
    return serverDocuments(input);
  },
  /** "Ambil dari server": made in the workbench's folder as `rbw clone` makes it, then opened. */
  'replica.clone': showing(
    remembered(async ({ server, login, password, documentId, name }) => {
      const { cloneReplica } = await import('../replica/clone-replica');
      const folder = join(dataDir(), 'documents');
      const out = uniquePath(
        folder,
        name?.replace(/\.rbw$/i, '') || `replika ${documentId.slice(0, 8)}`,
        '.rbw',
      );
      await cloneReplica({ server, login, password, documentId, out });
      return openDocuments.open(out);
    }),
  ),
};
