import type { REPLICA_OPERATIONS } from '../../shared/api/replica-operations';
import { onDocument } from './behaviours';
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
};
