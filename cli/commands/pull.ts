import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { Command } from '../main';
import { UsageError } from '../main';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';
import { readStdin } from '../read-stdin';

const RefusalSchema = z.object({
  problems: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.unknown()).optional() })),
});

/** A refusal's one line: the server's message, else its code and the HTTP status. */
async function refusal(response: Response): Promise<string> {
  const parsed = RefusalSchema.safeParse(await response.json().catch(() => null));
  const first = parsed.success ? parsed.data.problems[0] : undefined;
  const message = first?.params?.message;
  return `${response.status} ${typeof message === 'string' ? message : (first?.code ?? response.statusText)}`;
}

/**
 * `rbw pull SERVER/DOCUMENT_ID --out DOC.rbw --login LOGIN`, the password on standard input: signs in
 * to the organisation's server and downloads one document with its whole history as a workbench file.
 * The address is the server's (as `rbw serve` prints it) followed by the document's id (`rbw push` prints
 * it); an HTTPS server with its own certificate authority is trusted through NODE_EXTRA_CA_CERTS.
 */
export const pullCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.pull.options);
  const [address] = positionals;
  if (!address) throw new UsageError(t('cli.missingArgument', { name: 'SERVER/DOCUMENT_ID' }));
  if (!values.out) throw new UsageError(t('cli.missingArgument', { name: '--out DOC.rbw' }));
  if (!values.login) throw new UsageError(t('cli.missingArgument', { name: '--login LOGIN' }));
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UsageError(t('server.pullAddress', { address }));
  }
  const documentId = url.pathname.split('/').filter(Boolean).at(-1);
  if (!documentId || !/^https?:$/.test(url.protocol))
    throw new UsageError(t('server.pullAddress', { address }));
  if (existsSync(values.out)) throw new UsageError(t('server.pullExists', { file: values.out }));
  const base = new URL(url.pathname.replace(/[^/]+\/?$/, ''), url.origin);
  const password = await readStdin();
  try {
    const login = await fetch(new URL('auth/login', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: values.login, password }),
    });
    if (!login.ok) throw new UsageError(t('server.pullRefused', { message: await refusal(login) }));
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const response = await fetch(new URL(`server/pull/${encodeURIComponent(documentId)}`, base), {
      headers: { cookie },
    });
    if (!response.ok) throw new UsageError(t('server.pullRefused', { message: await refusal(response) }));
    const bytes = Buffer.from(await response.arrayBuffer());
    // Written whole, then renamed: an interrupted download leaves no half document under its name.
    const partial = `${values.out}.part`;
    writeFileSync(partial, bytes, { flag: 'wx' });
    renameSync(partial, values.out);
    io.out(t('server.pulled', { file: basename(values.out), size: Math.ceil(bytes.length / 1024) }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new UsageError(t('server.pullUnreachable', { url: base.origin, message: cause }));
  }
};
