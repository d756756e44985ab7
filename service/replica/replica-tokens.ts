import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../workbench/data-dir';

const TOKENS_FILE = 'replica-tokens.json';

/** A signed-in session on a server: the cookie's token and the CSRF token its calls send back. */
export const ServerTokenSchema = z.object({ token: z.string().min(1), csrf: z.string().min(1) });
export type ServerToken = z.infer<typeof ServerTokenSchema>;

const TokensSchema = z.record(z.string(), ServerTokenSchema);

const keyOf = (server: string, login: string): string => `${login}@${server}`;

/**
 * The sessions `rbw clone` signed in with, per server and login, kept in the workbench's folder
 * (`replica-tokens.json`, readable only by the user: mode 0600), never in a document. A damaged file reads
 * as none (the user signs in again).
 */
export function readTokens(): Record<string, ServerToken> {
  try {
    const parsed = TokensSchema.safeParse(JSON.parse(readFileSync(join(dataDir(), TOKENS_FILE), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export const tokenFor = (server: string, login: string): ServerToken | undefined =>
  readTokens()[keyOf(server, login)];

/** Keeps a session for a server and login (written whole, then moved into place, mode 0600). */
export function keepToken(server: string, login: string, token: ServerToken): void {
  const tokens = { ...readTokens(), [keyOf(server, login)]: token };
  const path = join(dataDir(), TOKENS_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(tokens, null, 2), { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
