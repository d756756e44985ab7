import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { formatProblem } from '../../shared/i18n/translator';
import { ProblemError } from '../../shared/problem';
import { resolveAuthor } from '../../service/api/command-line';
import { importToDocument } from '../../service/api/workbooks';
import type { Translate } from '../../shared/i18n/translator';
import type { Command } from '../main';
import { UsageError } from '../main';
import { OrganisationServer, ROLES, RoleSchema } from '../../service/api/server';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';
import { readStdin } from '../read-stdin';

const DEFAULT_ORGANISATION = 'default';

async function withServer<T>(
  url: string | undefined,
  t: Translate,
  act: (server: OrganisationServer) => Promise<T>,
): Promise<T> {
  if (!url) throw new UsageError(t('cli.missingArgument', { name: '--db URL' }));
  const server = OrganisationServer.open(url);
  try {
    return await act(server);
  } finally {
    server.close();
  }
}

/**
 * `rbw users add LOGIN --role ROLE [--pokja NAME] [--org NAME] [--oidc-subject SUB] --db URL`, the password on
 * standard input (none needed with `--oidc-subject`: the account signs in through the provider);
 * `rbw users assign LOGIN DOCUMENT_ID --db URL`: a pokja member or evaluator to a document.
 */
export const usersCommand: Command = async (args, { io, t }) => {
  const parsed = parseOptions(args, COMMANDS.users.options);
  const { positionals } = parsed;
  const values = { ...parsed.values, org: parsed.values.org ?? DEFAULT_ORGANISATION };
  const [action, login, documentId] = positionals;
  if (action === 'assign') {
    if (!login || !documentId) throw new UsageError(t('cli.missingArgument', { name: 'LOGIN DOCUMENT_ID' }));
    const problem = await withServer(values.db, t, async (server) => server.assign(login, documentId));
    if (problem) throw new UsageError(problem);
    io.out(t('server.assigned', { login, document: documentId }));
    return;
  }
  if (action !== 'add') throw new UsageError(t('cli.missingArgument', { name: 'add | assign' }));
  if (!login) throw new UsageError(t('cli.missingArgument', { name: 'LOGIN' }));
  const role = RoleSchema.safeParse(values.role);
  if (!role.success) throw new UsageError(t('server.badRole', { roles: ROLES.join(', ') }));
  if (role.data === 'pokja' && !values.pokja) throw new UsageError(t('server.pokjaNeeded'));
  const subject = values['oidc-subject'];
  // An account that signs in only through the provider may have no password: a random one nobody knows.
  const password = (await readStdin()) || (subject ? randomBytes(32).toString('base64url') : '');
  if (!password) throw new UsageError(t('server.emptyPassword'));
  await withServer(values.db, t, async (server) => {
    await server.addUser({
      login,
      password,
      role: role.data,
      pokja: values.pokja ?? null,
      organisation: values.org,
    });
    if (subject) server.linkSubject(login, subject);
  });
  io.out(t('server.userSaved', { login, role: role.data, organisation: values.org }));
};

/** `rbw push DOC.rbw --db URL [--org NAME]`: prints the new document's id on its last line. */
export const pushCommand: Command = async (args, { io, t }) => {
  const parsed = parseOptions(args, COMMANDS.push.options);
  const { positionals } = parsed;
  const values = { ...parsed.values, org: parsed.values.org ?? DEFAULT_ORGANISATION };
  const [path] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (existsSync(path) && statSync(path).isDirectory())
    return withServer(values.db, t, (server) => pushFolder(server, path, values.org, io, t));
  const id = await withServer(values.db, t, (server) => server.push(path, values.org));
  io.out(t('server.pushed', { file: basename(path) }));
  io.out(id);
};

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/**
 * `rbw push FOLDER --db URL`: every document (.rbw) and LKE workbook (.xlsx, .xlsm, imported as `rbw
 * import` does) of an organisation's folder, one after another, a progress line on stderr for each; one
 * line `ID NAME` per document uploaded on stdout. A file that fails is said in one line and skipped; the
 * command fails at the end if any did.
 */
async function pushFolder(
  server: OrganisationServer,
  folder: string,
  organisation: string,
  io: Parameters<Command>[1]['io'],
  t: Translate,
): Promise<void> {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.rbw') || WORKBOOK.test(name))
    .sort((a, b) => a.localeCompare(b));
  const say = (text: string) => (io.progress ? io.progress(text) : io.err(text));
  const scratch = mkdtempSync(join(tmpdir(), 'rbw-push-'));
  let failed = 0;
  try {
    for (const [i, name] of names.entries()) {
      say(t('server.pushProgress', { n: i + 1, total: names.length, file: name }));
      const path = join(folder, name);
      try {
        let document = path;
        if (WORKBOOK.test(name)) {
          document = join(scratch, name.replace(WORKBOOK, '.rbw'));
          const { workbook } = await importToDocument(
            { path },
            { author: resolveAuthor(undefined), out: document },
          );
          workbook.engine.destroy();
        }
        const id = await server.push(document, organisation);
        io.out(`${id} ${name}`);
      } catch (error) {
        failed++;
        io.progress?.(null);
        const problems =
          error instanceof ProblemError
            ? error.problems
            : [{ code: 'api.internal', params: { message: String(error) } }];
        for (const problem of problems) io.err(`${name}: ${formatProblem(problem, t)}`);
      }
    }
  } finally {
    io.progress?.(null);
    rmSync(scratch, { recursive: true, force: true });
  }
  io.err(t('server.pushedFolder', { count: names.length - failed, total: names.length }));
  if (failed) throw new UsageError(t('server.pushFolderFailed', { failed }));
}

/** `rbw portal-token create|revoke [ID] --db URL [--org NAME]`: the token on the last line. */
export const portalTokenCommand: Command = async (args, { io, t }) => {
  const parsed = parseOptions(args, COMMANDS['portal-token'].options);
  const { positionals } = parsed;
  const values = { ...parsed.values, org: parsed.values.org ?? DEFAULT_ORGANISATION };
  const [action, id] = positionals;
  if (action === 'create') {
    const created = await withServer(values.db, t, async (server) => server.createPortalToken(values.org));
    io.out(t('server.tokenCreated', { id: created.id }));
    io.out(created.token);
    return;
  }
  if (action !== 'revoke' || !id)
    throw new UsageError(t('cli.missingArgument', { name: 'create | revoke ID' }));
  const revoked = await withServer(values.db, t, async (server) =>
    server.accounts.revokePortalToken(Number(id)),
  );
  if (!revoked) throw new UsageError(t('server.tokenUnknown', { id }));
  io.out(t('server.tokenRevoked', { id }));
};
