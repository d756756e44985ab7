import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * An OpenID Connect provider on 127.0.0.1 for the tests (oidc-provider): its users are whoever the test
 * says signs in next (`signInAs`), with the e-mail address given, consent granted at once. The client
 * is registered once the relying party's callback is known (`register`).
 */
export interface LocalProvider {
  issuer: string;
  register(client: { id: string; secret: string; redirectUri: string }): void;
  signInAs(subject: string, email?: string): void;
  close(): Promise<void>;
}

export async function startProvider(): Promise<LocalProvider> {
  let provider: Provider | undefined;
  let next = { subject: '', email: undefined as string | undefined };
  const http = createServer((request, response) => {
    if (!provider) {
      response.writeHead(503).end();
      return;
    }
    if (request.method === 'GET' && request.url?.startsWith('/interaction/')) {
      void interact(provider, request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
      return;
    }
    provider.callback()(request, response);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  // The person at the provider's sign-in page: logs in as `next`, then consents to what is asked.
  async function interact(
    p: Provider,
    request: Parameters<Provider['interactionDetails']>[0],
    response: Parameters<Provider['interactionDetails']>[1],
  ) {
    const details = await p.interactionDetails(request, response);
    if (details.prompt.name === 'login') {
      await p.interactionFinished(
        request,
        response,
        { login: { accountId: next.subject } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new p.Grant({
      accountId: details.session?.accountId ?? next.subject,
      clientId: String(details.params.client_id),
    });
    grant.addOIDCScope('openid email');
    await p.interactionFinished(
      request,
      response,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  }

  return {
    issuer,
    register(client) {
      provider = new Provider(issuer, {
        clients: [
          {
            client_id: client.id,
            client_secret: client.secret,
            redirect_uris: [client.redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        claims: { openid: ['sub'], email: ['email', 'email_verified'] },
        cookies: { keys: ['kunci-uji-penyedia'] },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
        features: { devInteractions: { enabled: false } },
        findAccount: (_context: unknown, id: string) => ({
          accountId: id,
          claims: () => ({
            sub: id,
            ...(next.email && id === next.subject ? { email: next.email, email_verified: true } : {}),
          }),
        }),
      });
    },
    signInAs(subject, email) {
      next = { subject, email };
    },
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };
}
