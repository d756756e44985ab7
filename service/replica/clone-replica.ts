import { randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ProblemError } from '../../shared/problem';
import { CloneReplySchema } from '../../shared/replica/sync-protocol';
import { openDatabase } from '../documents/sqlite/open-database';
import { ReplicaTable } from '../documents/sqlite/replica-table';
import { keepToken } from './replica-tokens';
import { post, serverBase, signIn } from './server-connection';

/**
 * `rbw clone URL --document ID --login LOGIN --out DOC.rbw`: signs in (the session kept in the
 * workbench's folder, never in the document), fetches the document with its history up to the server's
 * revision, and writes it as a replica that remembers its server, the document's id, the login and the
 * revision seen. Written beside the target and moved into place only when whole.
 */
export async function cloneReplica(options: {
  server: string;
  documentId: string;
  login: string;
  password: string;
  out: string;
}): Promise<{ revision: number; name: string }> {
  const file = basename(options.out);
  if (existsSync(options.out)) throw new ProblemError([{ code: 'replica.exists', where: { file } }]);
  const server = serverBase(options.server);
  const token = await signIn(server, options.login, options.password);
  keepToken(server, options.login, token);
  const reply = CloneReplySchema.parse(
    await post(server, '/server/clone', { documentId: options.documentId }, token),
  );
  const temporary = join(dirname(options.out), `.${file}.${process.pid}.clone`);
  try {
    writeFileSync(temporary, Buffer.from(reply.base64, 'base64'));
    const { database } = await openDatabase(temporary);
    try {
      const table = new ReplicaTable(database.connection, file);
      database.write((db) =>
        table.create({
          server,
          document_id: reply.documentId,
          login: options.login,
          replica_id: randomUUID(),
          server_revision: reply.revision,
          cloned_revision: db.history.revision(),
        }),
      );
    } finally {
      database.close();
    }
    renameSync(temporary, options.out);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
  }
  return { revision: reply.revision, name: reply.name };
}

/**
 * Signs in again for a replica whose session has ended (its server and login are the replica's own):
 * `echo SANDI | rbw sync DOC.rbw`. The work waiting on the laptop stays where it is.
 */
export async function signInAgain(path: string, password: string): Promise<void> {
  const file = basename(path);
  const { database } = await openDatabase(path);
  let replica;
  try {
    replica = database.read(() => new ReplicaTable(database.connection, file).row());
  } finally {
    database.close();
  }
  if (!replica) throw new ProblemError([{ code: 'replica.notReplica', where: { file } }]);
  keepToken(replica.server, replica.login, await signIn(replica.server, replica.login, password));
}
