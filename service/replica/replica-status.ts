import type { ReplicaStatus } from '../../shared/api/replica-operations';
import type { DocumentSession } from '../documents/document-session';
import { DocumentDatabase } from '../documents/sqlite/document-database';
import { ReplicaTable } from '../documents/sqlite/replica-table';

/** A document's state as a replica (its server, actions waiting, last sync); null when it is none. */
export function replicaStatus(session: DocumentSession): ReplicaStatus {
  const store = session.store;
  if (!(store instanceof DocumentDatabase)) return null;
  const table = new ReplicaTable(store.connection, session.fileName);
  return store.read(() => {
    const row = table.row();
    if (!row) return null;
    return {
      server: row.server,
      login: row.login,
      pending: table.pending(row.cloned_revision).length,
      syncedAt: row.synced_at,
      revision: row.server_revision,
    };
  });
}
