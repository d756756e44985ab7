import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import type { SignOnStore } from '../documents/postgres/sign-on-store';

/** Where the agency's OpenID Connect provider is and who this server is to it. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The address browsers reach this server at (behind a proxy, its public https address). */
  publicUrl?: URL;
}

/** The cookie that ties a browser to its sign-in under way (SameSite=Lax: the provider sends it back). */
export const PENDING_COOKIE = 'rbw_sso';
export const CALLBACK_PATH = '/auth/oidc/callback';
export const LOGIN_PATH = '/auth/oidc/login';

export type SignOnOutcome = { ok: true; login: string } | { ok: false; reason: string };

/** Hosts for which a plain-http provider is accepted (a provider on the same machine, as in tests). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The server as an OpenID Connect relying party: the authorization code flow with PKCE, state and
 * nonce (openid-client). The provider's subject is mapped to a local account an admin created
 * beforehand (linked by `rbw users add … --oidc-subject SUB`, or by a verified e-mail address equal to
 * the account's login); the role is the account's, never the provider's.
 */
export class OidcSignIn {
  private configuration: Promise<oidc.Configuration> | undefined;
  private publicUrl: URL | undefined;

  constructor(
    private readonly settings: OidcSettings,
    private readonly store: SignOnStore,
    private readonly hash: (text: string) => string,
  ) {
    const { protocol, host } = settings.issuer;
    if (protocol !== 'https:' && !(protocol === 'http:' && LOOPBACK.has(settings.issuer.hostname)))
      throw new Error(`the OpenID Connect issuer must be https (given ${protocol}//${host})`);
    this.publicUrl = settings.publicUrl;
  }

  /** The address of the server once it listens, when no public address was given. */
  listensAt(url: string): void {
    this.publicUrl ??= new URL(url);
  }

  private get redirectUri(): URL {
    if (!this.publicUrl) throw new Error('the server does not listen yet');
    return new URL(CALLBACK_PATH, this.publicUrl);
  }

  /** The provider's metadata, discovered once (again after a failure). */
  private config(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    this.configuration ??= oidc
      .discovery(
        issuer,
        clientId,
        clientSecret,
        undefined,
        issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** A new sign-in: the provider's authorization URL and the browser's pending-sign-in cookie value. */
  async begin(): Promise<{ location: string; cookie: string }> {
    const config = await this.config();
    const cookie = randomBytes(32).toString('base64url');
    const pending = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      code_verifier: oidc.randomPKCECodeVerifier(),
    };
    this.store.begin(this.hash(cookie), pending);
    const location = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri.href,
      scope: 'openid email',
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.code_verifier),
      code_challenge_method: 'S256',
    });
    return { location: location.href, cookie };
  }

  /**
   * The provider sent the browser back (`pathAndQuery` of the callback): the pending sign-in of its
   * cookie checked (state), the code exchanged (PKCE, nonce, the ID token's signature and audience by
   * openid-client), the subject mapped to a local account. A refusal is one line.
   */
  async finish(pathAndQuery: string, cookie: string | undefined): Promise<SignOnOutcome> {
    const pending = cookie ? this.store.take(this.hash(cookie)) : undefined;
    if (!pending) return refused('no sign-in under way in this browser (or it expired): start again');
    const current = new URL(pathAndQuery, this.redirectUri);
    const error = current.searchParams.get('error');
    if (error) return refused(`the provider refused: ${oneLine(error)}`);
    if (current.searchParams.get('state') !== pending.state)
      return refused('the state sent back does not match this sign-in: start again');
    const config = await this.config();
    let subject: string;
    let accessToken: string;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) return refused('the provider sent no ID token');
      subject = claims.sub;
      accessToken = tokens.access_token;
    } catch (failure) {
      return refused(`the provider's answer was refused: ${oneLine(String((failure as Error).message))}`);
    }
    const linked = this.store.loginOfSubject(subject);
    if (linked) return { ok: true, login: linked };
    const info = await oidc.fetchUserInfo(config, accessToken, subject).catch(() => undefined);
    const email = info?.email_verified === true && typeof info.email === 'string' ? info.email : undefined;
    const claimed = email ? this.store.claimByEmail(email, subject) : undefined;
    if (claimed) return { ok: true, login: claimed };
    return refused(
      `no account for the provider's user ${oneLine(subject)}${email ? ` (${oneLine(email)})` : ''}: ask the admin to add it`,
    );
  }
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').slice(0, 200);
const refused = (reason: string): SignOnOutcome => ({ ok: false, reason });
