/** What `rbw clone` and `rbw sync` use of the service: a laptop's replica of a server's document. */
export { cloneReplica, signInAgain } from '../replica/clone-replica';
export { syncReplica } from '../replica/sync-replica';
export type { SyncOutcome } from '../replica/sync-replica';
