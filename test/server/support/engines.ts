import { join } from 'node:path';
import { createDocument } from '../../../service/documents/create-document';
import { DocumentSession } from '../../../service/documents/document-session';
import { ServerDatabase } from '../../../service/documents/postgres/server-database';
import { builtinTemplate } from '../../../shared/builtin-templates';
import { EMPTY_METADATA } from '../../../shared/records/document-metadata';
import type { Template } from '../../../shared/template/template-schema';
import type { Cluster } from './postgres-cluster';

export const zi = builtinTemplate('zi-2021') as Template;

/** Makes a new, empty ZI document in one engine and opens a session on it. */
export type NewSession = (name: string) => Promise<DocumentSession>;

/** New documents as SQLite files in `folder`. */
export const sqliteSessions =
  (folder: string): NewSession =>
  async (name) => {
    const path = join(folder, `${name}.rbw`);
    await createDocument(path, { template: zi, author: 'tester' });
    return DocumentSession.open(path);
  };

/** New documents in a database of the organisation's PostgreSQL server. */
export function postgresSessions(
  cluster: Cluster,
  database: string,
): { server: ServerDatabase; url: string; open: NewSession } {
  const url = cluster.newDatabase(database);
  const server = ServerDatabase.open(url);
  const organisation = server.organisation('Kab. Contoh');
  return {
    server,
    url,
    open: async (name) => {
      const id = server.createDocument(organisation, name, (db) => {
        db.meta.writeTemplateJson(JSON.stringify(zi));
        db.meta.set('metadata', JSON.stringify({ ...EMPTY_METADATA, model: zi.model }));
        db.meta.set('createdBy', 'tester');
      });
      return DocumentSession.onStore(name, server.store(id));
    },
  };
}
