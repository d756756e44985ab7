import { z } from 'zod';
import type { ServerDocument } from '../../shared/api/replica-operations';
import { ServerDocumentSchema } from '../../shared/api/replica-operations';
import { ProblemError } from '../../shared/problem';
import { post, serverBase, signIn } from './server-connection';

/**
 * "Ambil dari server" (issue 25): signs in to the server and lists the documents the user may take a
 * replica of (`POST /server/documents`, the same list the server's own window shows them).
 */
export async function serverDocuments(options: {
  server: string;
  login: string;
  password: string;
}): Promise<ServerDocument[]> {
  const server = serverBase(options.server);
  const token = await signIn(server, options.login, options.password);
  const listed = z.array(ServerDocumentSchema).safeParse(await post(server, '/server/documents', {}, token));
  if (!listed.success) throw new ProblemError([{ code: 'replica.unreachable', params: { server } }]);
  return listed.data;
}
