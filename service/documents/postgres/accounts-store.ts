import { z } from 'zod';
import { checkedOptional, checkedRows } from '../storage/rows';
import type { SyncClient } from './sync-client';

export const ROLES = ['admin', 'coordinator', 'pokja', 'evaluator', 'viewer'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

const UserRowSchema = z.object({
  id: z.number().int(),
  organisation_id: z.number().int(),
  organisation: z.string(),
  login: z.string(),
  password_hash: z.string(),
  role: RoleSchema,
  pokja: z.string().nullable(),
});
export type UserRow = z.infer<typeof UserRowSchema>;
const SessionRowSchema = UserRowSchema.extend({ csrf: z.string() });
const CountSchema = z.object({ count: z.number().int() });
const TokenRowSchema = z.object({ id: z.number().int(), organisation_id: z.number().int() });

const USER_COLUMNS = `u.id, u.organisation_id, o.name AS organisation, u.login, u.password_hash, u.role, u.pokja`;

/**
 * Accounts, sessions, the audit log, the PortalRB tokens and proposals in the organisation's database:
 * the server's tables beside the documents. Secrets are kept only as hashes.
 */
export class AccountsStore {
  constructor(private readonly client: SyncClient) {}

  addUser(user: {
    organisationId: number;
    login: string;
    passwordHash: string;
    role: Role;
    pokja: string | null;
  }): number {
    const [row] = this.client.query(
      `INSERT INTO users (organisation_id, login, password_hash, role, pokja) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (login) DO UPDATE SET organisation_id = excluded.organisation_id,
         password_hash = excluded.password_hash, role = excluded.role, pokja = excluded.pokja
       RETURNING id`,
      [user.organisationId, user.login, user.passwordHash, user.role, user.pokja],
    );
    return Number(row?.id);
  }

  userByLogin(login: string): UserRow | undefined {
    const [row] = this.client.query(
      `SELECT ${USER_COLUMNS} FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.login = $1`,
      [login],
    );
    return checkedOptional(UserRowSchema, row, 'users', 'users');
  }

  /** Assigns a user to a document (a pokja member or an evaluator works only on the documents assigned). */
  assign(userId: number, documentId: string): void {
    this.client.query(
      'INSERT INTO memberships (user_id, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [userId, documentId],
    );
  }

  isMember(userId: number, documentId: string): boolean {
    return (
      this.client.query('SELECT 1 FROM memberships WHERE user_id = $1 AND document_id = $2', [
        userId,
        documentId,
      ]).length > 0
    );
  }

  createSession(tokenHash: string, userId: number, csrf: string, hours: number): void {
    this.client.query(
      `INSERT INTO sessions (token_hash, user_id, csrf, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [tokenHash, userId, csrf, hours],
    );
  }

  /** The user of a session that has not expired, with its CSRF token. */
  session(tokenHash: string): (UserRow & { csrf: string }) | undefined {
    const [row] = this.client.query(
      `SELECT ${USER_COLUMNS}, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
       JOIN organisations o ON o.id = u.organisation_id WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    return checkedOptional(SessionRowSchema, row, 'sessions', 'sessions');
  }

  endSession(tokenHash: string): void {
    this.client.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  /** Failed sign-ins of a login within the last `minutes`. */
  recentFailures(login: string, minutes: number): number {
    const [row] = this.client.query(
      `SELECT count(*)::int AS count FROM login_failures
       WHERE login = $1 AND at > now() - make_interval(mins => $2)`,
      [login, minutes],
    );
    return CountSchema.parse(row).count;
  }

  recordFailure(login: string): void {
    this.client.query('INSERT INTO login_failures (login) VALUES ($1)', [login]);
  }

  clearFailures(login: string): void {
    this.client.query('DELETE FROM login_failures WHERE login = $1', [login]);
  }

  audit(entry: {
    organisationId: number | null;
    userId: number | null;
    documentId: string | null;
    operation: string;
    outcome: 'done' | 'refused' | 'failed';
    detail: string | null;
  }): void {
    this.client.query(
      `INSERT INTO audit (organisation_id, user_id, document_id, operation, outcome, detail)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.organisationId, entry.userId, entry.documentId, entry.operation, entry.outcome, entry.detail],
    );
  }

  auditEntries(documentId: string): { operation: string; outcome: string; login: string | null }[] {
    const rows = this.client.query(
      `SELECT a.operation, a.outcome, u.login FROM audit a LEFT JOIN users u ON u.id = a.user_id
       WHERE a.document_id = $1 ORDER BY a.id`,
      [documentId],
    );
    return checkedRows(
      z.object({ operation: z.string(), outcome: z.string(), login: z.string().nullable() }),
      rows,
      'audit',
      'audit',
    );
  }

  addPortalToken(organisationId: number, tokenHash: string): number {
    const [row] = this.client.query(
      'INSERT INTO portal_tokens (organisation_id, token_hash) VALUES ($1, $2) RETURNING id',
      [organisationId, tokenHash],
    );
    return Number(row?.id);
  }

  revokePortalToken(id: number): boolean {
    return (
      this.client.query(
        'UPDATE portal_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
        [id],
      ).length > 0
    );
  }

  /** The organisation a token that is not revoked reads for. */
  portalToken(tokenHash: string): { id: number; organisation_id: number } | undefined {
    const [row] = this.client.query(
      'SELECT id, organisation_id FROM portal_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
    return checkedOptional(TokenRowSchema, row, 'portal_tokens', 'portal_tokens');
  }

  /** Marks a unit (document) as proposed for WBK or WBBM. */
  propose(documentId: string, kind: 'wbk' | 'wbbm', afirmasi: boolean): void {
    this.client.query(
      `INSERT INTO proposals (document_id, kind, afirmasi) VALUES ($1, $2, $3)
       ON CONFLICT (document_id) DO UPDATE SET kind = excluded.kind, afirmasi = excluded.afirmasi`,
      [documentId, kind, afirmasi],
    );
  }

  proposals(organisationId: number, kind: 'wbk' | 'wbbm'): { document_id: string; afirmasi: boolean }[] {
    const rows = this.client.query(
      `SELECT p.document_id::text AS document_id, p.afirmasi FROM proposals p
       JOIN documents d ON d.id = p.document_id WHERE d.organisation_id = $1 AND p.kind = $2 ORDER BY d.name`,
      [organisationId, kind],
    );
    return checkedRows(
      z.object({ document_id: z.string(), afirmasi: z.boolean() }),
      rows,
      'proposals',
      'proposals',
    );
  }
}
