import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Translate } from '../../shared/i18n/translator';
import type { Command } from '../main';
import { UsageError } from '../main';
import { OrganisationServer } from '../../service/api/server';
import { startOrgServer } from '../../web/org-server';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw serve --db URL [--host 127.0.0.1] [--port N] [--tls-cert FILE --tls-key FILE]`: the organisation's
 * server on PostgreSQL, over HTTPS when given a certificate and its key. Creates
 * or migrates the schema, then prints a line with `http://HOST:PORT` once it listens; runs until stopped.
 */
export const serveCommand: Command = async (args, { io, t }) => {
  const { values: given } = parseOptions(args, COMMANDS.serve.options);
  const values = { ...given, host: given.host ?? '127.0.0.1', port: given.port ?? '0' };
  if (!values.db) throw new UsageError(t('cli.missingArgument', { name: '--db URL' }));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port}`);
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key']))
    throw new UsageError(t('cli.missingArgument', { name: '--tls-cert FILE --tls-key FILE' }));
  const tls =
    values['tls-cert'] && values['tls-key']
      ? { cert: readPem(values['tls-cert'], t), key: readPem(values['tls-key'], t) }
      : undefined;
  const server = OrganisationServer.open(values.db);
  const http = await startOrgServer({
    server,
    staticDir: join(packageRoot(), 'dist', 'renderer'),
    host: values.host,
    port,
    tls,
  });
  io.out(t('server.listening', { url: http.url }));
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await http.close();
  server.close();
};

/** A certificate or key file (PEM); a usage error naming the file when it cannot be read. */
function readPem(path: string, t: Translate): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new UsageError(t('server.tlsUnreadable', { file: path }));
  }
}

/** The folder of package.json above this module (the sources' or the bundle's). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
