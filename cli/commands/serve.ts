import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Translate } from '../../shared/i18n/translator';
import type { Command } from '../main';
import { UsageError } from '../main';
import { OrganisationServer } from '../../service/api/server';
import type { OidcSignIn } from '../../service/api/server';
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
  let oidc: OidcSignIn | undefined;
  try {
    oidc = oidcOf(values, server);
  } catch (error) {
    server.close();
    throw new UsageError((error as Error).message);
  }
  const http = await startOrgServer({
    server,
    staticDir: join(packageRoot(), 'dist', 'renderer'),
    host: values.host,
    port,
    oidc,
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

/**
 * Single sign-on when `--oidc-issuer` is given: `--oidc-client-id`, and the client secret from
 * `--oidc-client-secret` or (better: not visible in the process list) RBW_OIDC_CLIENT_SECRET.
 */
function oidcOf(
  values: {
    'oidc-issuer'?: string;
    'oidc-client-id'?: string;
    'oidc-client-secret'?: string;
    'public-url'?: string;
  },
  server: OrganisationServer,
): OidcSignIn | undefined {
  const issuer = values['oidc-issuer'];
  if (!issuer) return undefined;
  const clientId = values['oidc-client-id'];
  const clientSecret = values['oidc-client-secret'] ?? process.env.RBW_OIDC_CLIENT_SECRET;
  if (!clientId) throw new Error('--oidc-issuer needs --oidc-client-id ID');
  if (!clientSecret) throw new Error('--oidc-issuer needs --oidc-client-secret or RBW_OIDC_CLIENT_SECRET');
  const url = (text: string, name: string) => {
    if (!URL.canParse(text)) throw new Error(`${name} ${text}: not a URL`);
    return new URL(text);
  };
  return server.useOidc({
    issuer: url(issuer, '--oidc-issuer'),
    clientId,
    clientSecret,
    publicUrl: values['public-url'] ? url(values['public-url'], '--public-url') : undefined,
  });
}
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
