import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { API } from '../../shared/api/contract';
import type { OperationName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { ProblemError } from '../../shared/problem';
import { callService } from '../api/call';
import { DocumentSession } from '../documents/document-session';
import { openDocuments } from '../documents/open-documents';
import type { OpenDocument } from '../documents/open-document';
import type { Role, UserRow } from '../documents/postgres/accounts-store';
import { AccountsStore } from '../documents/postgres/accounts-store';
import { copyToFile } from '../documents/postgres/copy-to-file';
import { ServerDatabase } from '../documents/postgres/server-database';
import { SignOnStore } from '../documents/postgres/sign-on-store';
import { sessionScores } from '../portfolio/score-unit';
import { writeScores } from '../portfolio/stored-scores';
import type { FileAccess } from '../workbench/file-access';
import { refusal } from './check-access';
import type { OidcSettings } from './oidc-sign-in';
import { OidcSignIn } from './oidc-sign-in';
import { ReplicaApplied } from '../documents/postgres/replica-applied';
import { replicaEndpoint } from './replica-endpoint';
import { OPERATION_ACCESS } from './operation-access';
import type { PortfolioUnit } from './server-portfolio';
import { sha256 } from './hash-token';
import { PortalGate } from './portal-gate';
import type { SignedIn } from './signed-in';
import type { ListContext, ServerDocumentEntry } from './server-lists';
import { assignedOnly, documentEntries, portfolioUnits } from './server-lists';
import type { Reply } from './reply';

/** Sign-ins refused after this many failures of one login within LOGIN_WINDOW_MINUTES. */
export const MAX_LOGIN_FAILURES = 5;
export const LOGIN_WINDOW_MINUTES = 15;
const SESSION_HOURS = 12;
/** PortalRB calls answered per token and minute; more get 429. */
export { PORTAL_CALLS_PER_MINUTE } from './portal-gate';

/** A server touches no file of anyone's computer: every path an operation names is refused. */
const NO_FILES: FileAccess = {
  allow: (path) => {
    throw new ProblemError([{ code: 'access.noFolder', where: { file: path } }]);
  },
  roots: () => [],
};

export { sha256 } from './hash-token';

export type { SignedIn } from './signed-in';

/** What the HTTP layer answers: a status and a JSON body. */
export type { Reply } from './reply';
export type { ServerDocumentEntry } from './server-lists';

/**
 * The organisation's server behind its HTTP transport: accounts and sessions, every operation of the
 * window checked against the caller's role on the document it names, then run by the one service,
 * written to the audit log, with the signed-in user as the author in history.
 */
export class OrganisationServer {
  readonly accounts: AccountsStore;
  private dummyHash: Promise<string> | undefined;
  private readonly portalGate: PortalGate;
  private readonly lists: ListContext;
  private readonly writeListeners = new Set<(documentId: string) => void>();

  private constructor(readonly database: ServerDatabase) {
    this.accounts = new AccountsStore(database.client);
    this.lists = { database, accounts: this.accounts, open: (id, name) => this.open(id, name) };
    this.portalGate = new PortalGate(this.accounts, database, (id, name) => this.open(id, name));
  }

  /** Connects and creates or migrates the schema. */
  static open(url: string): OrganisationServer {
    return new OrganisationServer(ServerDatabase.open(url));
  }

  healthy(): boolean {
    try {
      return this.database.client.query('SELECT 1 AS ok').length === 1;
    } catch {
      return false;
    }
  }

  /** Signs in: a new session (its cookie token and CSRF token), or why not (401 / 429). */
  async login(
    login: string,
    password: string,
  ): Promise<{ ok: true; token: string; user: SignedIn } | { ok: false; status: 401 | 429; reason: string }> {
    if (this.accounts.recentFailures(login, LOGIN_WINDOW_MINUTES) >= MAX_LOGIN_FAILURES) {
      return {
        ok: false,
        status: 429,
        reason: `too many failed sign-ins; try again in ${LOGIN_WINDOW_MINUTES} minutes`,
      };
    }
    const user = this.accounts.userByLogin(login);
    // An unknown login costs the same hash check as a wrong password, so that timing tells nothing.
    this.dummyHash ??= hash('no such user');
    const valid = await verify(user?.password_hash ?? (await this.dummyHash), password).catch(() => false);
    if (!user || !valid) {
      this.accounts.recordFailure(login);
      return { ok: false, status: 401, reason: 'wrong login or password' };
    }
    this.accounts.clearFailures(login);
    return { ok: true, ...this.newSession(user) };
  }

  /** A new session of an account (its cookie token and CSRF token), as after a password sign-in. */
  newSession(user: UserRow): { token: string; user: SignedIn } {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    this.accounts.createSession(sha256(token), user.id, csrf, SESSION_HOURS);
    return { token, user: { ...user, csrf } };
  }

  /** Links an account to the subject the OpenID Connect provider names it by. */
  linkSubject(login: string, subject: string): boolean {
    return new SignOnStore(this.database.client).linkSubject(login, subject);
  }

  /** Sign-in through the agency's OpenID Connect provider, when the server is started with one. */
  useOidc(settings: OidcSettings): OidcSignIn {
    return new OidcSignIn(settings, new SignOnStore(this.database.client), sha256);
  }

  signedIn(token: string | undefined): SignedIn | undefined {
    return token ? this.accounts.session(sha256(token)) : undefined;
  }

  logout(token: string): void {
    this.accounts.endSession(sha256(token));
  }

  /** Whether the CSRF token a page sent is the session's. */
  sameCsrf(user: SignedIn, given: string | undefined): boolean {
    if (!given || given.length !== user.csrf.length) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(user.csrf));
  }

  /**
   * Whether `user` may follow the changes of a document (`GET /api/events`): null when they may read it,
   * else the reply refusing it (404 for another organisation's or an unknown document, 403 unassigned).
   */
  mayFollow(user: SignedIn, documentId: string): Reply | null {
    const reached = this.reach(user, documentId);
    return 'status' in reached ? reached : null;
  }

  /**
   * A document of the caller's organisation they may work on: its row, or the reply refusing it (404 for
   * another organisation's or an unknown document; 403, audited under `operation`, when not assigned).
   */
  private reach(
    user: SignedIn,
    documentId: string,
    operation?: string,
  ): { id: string; name: string } | Reply {
    const found = this.database.document(documentId);
    if (!found || found.organisation_id !== user.organisation_id)
      return problem(404, 'document.notOpen', { id: documentId });
    // A pokja member or an evaluator works on the documents assigned to them (see `assign`).
    if (assignedOnly(user) && !this.accounts.isMember(user.id, found.id)) {
      const reason = `${user.login} is not assigned to ${found.name}`;
      if (operation) this.audit(user, operation, found.id, 'refused', reason);
      return problem(403, 'access.refused', { message: reason });
    }
    return found;
  }

  /**
   * One operation of the window (`POST /api/<name>`, the same bodies as browser mode), as `user`:
   * 404 when the operation or the document does not exist for them (another organisation's documents
   * do not exist for them), 403 with a one-line reason when their role may not, else the service's answer.
   */
  async call(user: SignedIn, name: string, input: unknown, window?: string): Promise<Reply> {
    if (!Object.hasOwn(OPERATION_ACCESS, name)) return problem(404, 'api.unknownOperation', { name });
    const operation = name as OperationName;
    const parsed = API[operation].input.safeParse(input);
    if (!parsed.success) return { status: 200, body: await this.run(user, operation, input, window) };
    const documentId = (parsed.data as { documentId?: unknown }).documentId;
    let doc: OpenDocument | null = null;
    if (typeof documentId === 'string') {
      const found = this.reach(user, documentId, operation);
      if ('status' in found) return found;
      doc = await this.open(found.id, found.name);
      // Another server on the same database may have changed it: the check reads it as it is now.
      doc.session.sync();
    }
    // A document on the server is shared by everyone working on it: one user's window closing it
    // closes nothing.
    if (operation === 'documents.close') return { status: 200, body: { ok: true, value: { closed: false } } };
    const reason = refusal(user, operation, parsed.data, doc && doc.session);
    const audited = OPERATION_ACCESS[operation] !== 'read';
    if (reason) {
      this.audit(user, operation, documentId, 'refused', reason);
      return problem(403, 'access.refused', { message: reason });
    }
    const envelope = await this.run(user, operation, parsed.data, window);
    if (audited) this.audit(user, operation, documentId, envelope.ok ? 'done' : 'failed', null);
    if (audited && envelope.ok && typeof documentId === 'string') this.wrote(documentId);
    return { status: 200, body: envelope };
  }

  /**
   * `POST /server/clone` and `POST /server/sync`: a laptop's replica of a document (replica-endpoint.ts),
   * for those who may read it; field writes are checked as the window's edits are.
   */
  async replica(user: SignedIn, action: 'clone' | 'sync', input: unknown): Promise<Reply> {
    const documentId = (input as { documentId?: unknown } | null)?.documentId;
    if (typeof documentId !== 'string') return problem(400, 'api.invalidInput', { message: 'documentId' });
    const operation = `replica.${action}`;
    const found = this.reach(user, documentId, operation);
    if ('status' in found) return found;
    const doc = await this.open(found.id, found.name);
    doc.session.sync();
    return replicaEndpoint(action, input, {
      member: user,
      documentId: found.id,
      session: doc.session,
      applied: new ReplicaApplied(this.database.client, found.id),
      audit: (outcome, detail) => this.audit(user, operation, found.id, outcome, detail),
    });
  }

  /**
   * One document as a workbench file (.rbw) with its whole history, for a user who may read it
   * (`rbw pull`): its bytes and name, or the reply refusing it.
   */
  download(user: SignedIn, documentId: string): { file: Buffer; name: string } | Reply {
    const refused = this.mayFollow(user, documentId);
    if (refused) return refused;
    const folder = mkdtempSync(join(tmpdir(), 'rbw-pull-'));
    try {
      const store = this.database.store(documentId);
      const path = join(folder, store.name.endsWith('.rbw') ? store.name : `${store.name}.rbw`);
      copyToFile(store, path);
      this.audit(user, 'documents.pull', documentId, 'done', null);
      return { file: readFileSync(path), name: basename(path) };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  /** Adds (or replaces) an account; the password is kept as an argon2id hash. */
  async addUser(user: {
    login: string;
    password: string;
    role: Role;
    pokja: string | null;
    organisation: string;
  }): Promise<number> {
    return this.accounts.addUser({
      organisationId: this.database.organisation(user.organisation),
      login: user.login,
      passwordHash: await hash(user.password),
      role: user.role,
      pokja: user.pokja,
    });
  }

  /** Uploads a document file (.rbw) with its whole history into the organisation; its new id. */
  push(path: string, organisation: string): Promise<string> {
    return this.database.pushFile(path, this.database.organisation(organisation));
  }

  /** Assigns an account to a document of its organisation; a problem line when either is unknown. */
  assign(login: string, documentId: string): string | null {
    const user = this.accounts.userByLogin(login);
    if (!user) return `no account ${login}`;
    const document = this.database.document(documentId);
    if (!document || document.organisation_id !== user.organisation_id)
      return `no document ${documentId} in ${user.organisation}`;
    this.accounts.assign(user.id, document.id);
    return null;
  }

  /** A new PortalRB bearer token of the organisation; only its hash is kept. Returns the token. */
  createPortalToken(organisation: string): { id: number; token: string } {
    const token = `rbw_${randomBytes(32).toString('base64url')}`;
    const id = this.accounts.addPortalToken(this.database.organisation(organisation), sha256(token));
    return { id, token };
  }

  /** Marks a unit (document) of the caller's organisation as proposed for WBK or WBBM (coordinator). */
  propose(user: SignedIn, documentId: string, kind: 'wbk' | 'wbbm', afirmasi: boolean): Reply {
    const found = this.database.document(documentId);
    if (!found || found.organisation_id !== user.organisation_id)
      return problem(404, 'document.notOpen', { id: documentId });
    if (user.role !== 'admin' && user.role !== 'coordinator') {
      const reason = `proposing units is for the coordinator; ${user.login} is ${user.role}`;
      this.audit(user, 'portal.propose', documentId, 'refused', reason);
      return problem(403, 'access.refused', { message: reason });
    }
    this.accounts.propose(documentId, kind, afirmasi);
    this.audit(user, 'portal.propose', documentId, 'done', `${kind}${afirmasi ? ' afirmasi' : ''}`);
    return { status: 200, body: { ok: true, value: { documentId, kind, afirmasi } } };
  }

  /** The PortalRB API: `GET /pengusulan/unit-wbk`, `/pengusulan/unit-wbbm`, `/lke/jawaban-unit/{unit_id}`. */
  portal(authorization: string | undefined, pathname: string): Promise<Reply> {
    return this.portalGate.answer(authorization, pathname);
  }

  close(): void {
    openDocuments.closeAll();
    this.database.close();
  }

  /**
   * A document of the database, open for the calls on it. Its stored scores (what the live portfolio
   * lists) are written in the transaction of every action, by the leading rule.
   */
  private async open(id: string, name: string): Promise<OpenDocument> {
    const doc = await openDocuments.openStored(id, () =>
      DocumentSession.onStore(name, this.database.store(id)),
    );
    if (!doc.session.beforeCommit) {
      const rule = await doc.ready();
      doc.session.beforeCommit ??= (db) => writeScores(db, sessionScores(doc.session, rule));
    }
    return doc;
  }

  /** Calls `listener` with the document's id after every write through this server; the unsubscribe. */
  onWrite(listener: (documentId: string) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private wrote(documentId: string): void {
    for (const listener of [...this.writeListeners]) {
      try {
        listener(documentId);
      } catch (error) {
        console.error('rbw serve: a write listener failed', error);
      }
    }
  }

  /** The documents of the caller's organisation they may see, each with its figures (server-lists.ts). */
  documents(user: SignedIn): Promise<ServerDocumentEntry[]> {
    return documentEntries(this.lists, user);
  }

  /** The live Portofolio of the caller's organisation, from the stored scores (server-lists.ts). */
  portfolio(user: SignedIn, only?: string): Promise<PortfolioUnit[]> {
    return portfolioUnits(this.lists, user, only);
  }

  private run(user: SignedIn, name: string, input: unknown, window?: string): Promise<Envelope> {
    return callService(name, input, { author: user.login, files: NO_FILES, window });
  }

  private audit(
    user: SignedIn,
    operation: string,
    documentId: unknown,
    outcome: 'done' | 'refused' | 'failed',
    detail: string | null,
  ): void {
    this.accounts.audit({
      organisationId: user.organisation_id,
      userId: user.id,
      documentId: typeof documentId === 'string' ? documentId : null,
      operation,
      outcome,
      detail,
    });
  }
}

const problem = (status: number, code: string, params: Record<string, string>): Reply => ({
  status,
  body: { ok: false, problems: [{ code, params }] },
});
