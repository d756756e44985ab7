import { z } from 'zod';
import { checkedOptional } from '../storage/rows';
import type { SyncClient } from './sync-client';

const PendingSchema = z.object({ state: z.string(), nonce: z.string(), code_verifier: z.string() });
export type PendingSignOn = z.infer<typeof PendingSchema>;

/** How long a sign-in may stay at the provider before its pending record is refused. */
const PENDING_MINUTES = 10;

/**
 * The server's tables for single sign-on (OpenID Connect): which provider subject an account signs in
 * as, and the sign-ins under way (state, nonce, PKCE verifier), each used once.
 */
export class SignOnStore {
  constructor(private readonly client: SyncClient) {}

  /** Links an account to the provider's subject; false when there is no such account. */
  linkSubject(login: string, subject: string): boolean {
    return (
      this.client.query('UPDATE users SET oidc_subject = $2 WHERE login = $1 RETURNING id', [login, subject])
        .length > 0
    );
  }

  /** The login of the account linked to a subject. */
  loginOfSubject(subject: string): string | undefined {
    const [row] = this.client.query('SELECT login FROM users WHERE oidc_subject = $1', [subject]);
    return typeof row?.login === 'string' ? row.login : undefined;
  }

  /**
   * The account whose login is this e-mail address (case aside) and that has no subject yet: it is
   * linked to the subject now, so that a later change of address at the provider does not lose it.
   */
  claimByEmail(email: string, subject: string): string | undefined {
    const [row] = this.client.query(
      `UPDATE users SET oidc_subject = $2 WHERE id = (
         SELECT id FROM users WHERE lower(login) = lower($1) AND oidc_subject IS NULL ORDER BY id LIMIT 1)
       RETURNING login`,
      [email, subject],
    );
    return typeof row?.login === 'string' ? row.login : undefined;
  }

  begin(cookieHash: string, pending: PendingSignOn): void {
    this.client.query('DELETE FROM oidc_pending WHERE expires_at < now()');
    this.client.query(
      `INSERT INTO oidc_pending (cookie_hash, state, nonce, code_verifier, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [cookieHash, pending.state, pending.nonce, pending.code_verifier, PENDING_MINUTES],
    );
  }

  /** The pending sign-in of a browser, removed as it is read (a callback is answered once). */
  take(cookieHash: string): PendingSignOn | undefined {
    const [row] = this.client.query(
      `DELETE FROM oidc_pending WHERE cookie_hash = $1 RETURNING state, nonce, code_verifier,
         expires_at > now() AS fresh`,
      [cookieHash],
    );
    if (!row || row.fresh !== true) return undefined;
    return checkedOptional(PendingSchema, row, 'oidc_pending', 'oidc_pending');
  }
}
