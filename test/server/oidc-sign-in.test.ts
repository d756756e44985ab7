import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { createDocument } from '../../service/documents/create-document';
import { indexTemplate } from '../../shared/template/template-index';
import { zi } from './support/engines';
import type { LocalProvider } from './support/oidc-provider';
import { startProvider } from './support/oidc-provider';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import { rbw, serve } from './support/rbw-process';

const ORG = 'Kab. Contoh';
const index = indexTemplate(zi);
const inArea = (prefix: string) => [...index.answerables.keys()].filter((id) => id.startsWith(prefix));
const POKJA_1_ITEM = inArea('A.I.1.')[0] as string;
const POKJA_2_ITEM = inArea('A.I.2.')[0] as string;

let cluster: Cluster;
let provider: LocalProvider;
let server: { url: string; stop: () => Promise<void> };
let documentId: string;

/** A browser's cookies (by name, as one host: cookies do not tell ports apart). */
class Jar {
  private readonly cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1).trim());
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): Record<string, string> {
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  }
}

/**
 * "Masuk dengan SSO" as a browser does it: the server's sign-in link, the provider's pages (where
 * `subject` signs in), back to the server's callback, following every redirect with the cookie jar until
 * the server sends the browser to its window or answers otherwise. `tamper` may change the callback URL.
 */
async function throughProvider(
  subject: string,
  options: { email?: string; tamper?: (callback: URL) => void } = {},
): Promise<{ jar: Jar; last: Response; landed: string | null }> {
  provider.signInAs(subject, options.email);
  const jar = new Jar();
  let target = new URL(`${server.url}/auth/oidc/login`);
  for (let hop = 0; hop < 20; hop++) {
    if (target.origin === server.url && target.pathname === '/auth/oidc/callback') options.tamper?.(target);
    const response = await fetch(target, { redirect: 'manual', headers: jar.header() });
    jar.keep(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location)
      return { jar, last: response, landed: null };
    const next = new URL(location, target);
    if (next.origin === server.url && !next.pathname.startsWith('/auth/'))
      return { jar, last: response, landed: next.pathname };
    target = next;
  }
  throw new Error('more than 20 redirects');
}

/** The session a jar holds, as the window reads it (`GET /auth/session`). */
const sessionOf = (jar: Jar) => fetch(`${server.url}/auth/session`, { headers: jar.header() });

async function call(jar: Jar, csrf: string, name: string, input: object) {
  const response = await fetch(`${server.url}/api/${name}`, {
    method: 'POST',
    headers: { ...jar.header(), 'content-type': 'application/json', 'x-csrf-token': csrf },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  cluster = await startCluster();
  const url = cluster.newDatabase('sso');
  provider = await startProvider();
  server = await serve([
    '--db',
    url,
    '--oidc-issuer',
    provider.issuer,
    '--oidc-client-id',
    'rbw-server',
    '--oidc-client-secret',
    'rahasia-klien-rbw',
  ]);
  provider.register({
    id: 'rbw-server',
    secret: 'rahasia-klien-rbw',
    redirectUri: `${server.url}/auth/oidc/callback`,
  });
  const path = join(mkdtempSync(join(tmpdir(), 'rbw-sso-')), 'dinas.rbw');
  const records = new Map<string, { pokja: string }>();
  for (const id of inArea('A.I.1.')) records.set(id, { pokja: 'Pokja 1' });
  for (const id of inArea('A.I.2.')) records.set(id, { pokja: 'Pokja 2' });
  await createDocument(path, { template: zi, records, metadata: { unit: 'Dinas Contoh', year: 2026 } });
  const pushed = await rbw(['push', path, '--org', ORG, '--db', url]);
  expect(pushed.code, pushed.err).toBe(0);
  documentId = pushed.lines.at(-1) as string;
  // The admin adds the pokja member with the provider's subject, no password (the interface of `rbw`).
  const added = await rbw([
    'users',
    'add',
    'ani',
    '--role',
    'pokja',
    '--pokja',
    'Pokja 1',
    '--org',
    ORG,
    '--oidc-subject',
    'pegawai-1987',
    '--db',
    url,
  ]);
  expect(added.code, added.err).toBe(0);
  const accounts = OrganisationServer.open(url);
  try {
    expect(accounts.assign('ani', documentId)).toBeNull();
    // The coordinator's login is the e-mail address the provider vouches for.
    await accounts.addUser({
      login: 'budi@contoh.go.id',
      password: 'rahasia-budi',
      role: 'coordinator',
      pokja: null,
      organisation: ORG,
    });
  } finally {
    accounts.close();
  }
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await provider?.close();
  cluster?.stop();
});

describe('single sign-on through the agency provider (OpenID Connect)', () => {
  it('tells the sign-in page that SSO is offered', async () => {
    const methods = await (await fetch(`${server.url}/auth/methods`)).json();
    expect(methods).toEqual({ ok: true, value: { password: true, sso: true } });
  });

  it("signs a pokja member in by the provider's subject, with their role on the API", async () => {
    const { jar, last, landed } = await throughProvider('pegawai-1987');
    expect(last.status).toBe(302);
    expect(landed).toBe('/');
    expect(last.headers.getSetCookie().join('\n')).toMatch(/rbw_session=[^;]+; HttpOnly; SameSite=Strict/);
    const session = await sessionOf(jar);
    expect(session.status).toBe(200);
    const { value } = await session.json();
    expect(value).toMatchObject({ login: 'ani', role: 'pokja', pokja: 'Pokja 1', organisation: ORG });
    const own = await call(jar, value.csrf, 'records.set', {
      documentId,
      itemId: POKJA_1_ITEM,
      field: 'answer',
      value: 'Ya',
    });
    expect(own.status).toBe(200);
    expect(own.body.ok).toBe(true);
    const other = await call(jar, value.csrf, 'records.set', {
      documentId,
      itemId: POKJA_2_ITEM,
      field: 'answer',
      value: 'Ya',
    });
    expect(other.status).toBe(403);
    const history = await call(jar, value.csrf, 'history.list', { documentId, limit: 1 });
    expect(history.body.value.entries[0].author).toBe('ani');
  });

  it('links a coordinator by the verified e-mail address equal to their login', async () => {
    const { jar, landed } = await throughProvider('pegawai-2001', { email: 'Budi@contoh.go.id' });
    expect(landed).toBe('/');
    const { value } = await (await sessionOf(jar)).json();
    expect(value).toMatchObject({ login: 'budi@contoh.go.id', role: 'coordinator' });
    const documents = await fetch(`${server.url}/server/documents`, {
      method: 'POST',
      headers: { ...jar.header(), 'content-type': 'application/json', 'x-csrf-token': value.csrf },
      body: '{}',
    });
    expect((await documents.json()).value).toMatchObject([{ id: documentId, name: 'dinas.rbw' }]);
    // Linked now: the subject alone signs them in, whatever address the provider says later.
    const again = await throughProvider('pegawai-2001');
    expect(again.landed).toBe('/');
  });

  it('refuses a callback whose state is not the sign-in’s, in one line, without a session', async () => {
    const { jar, last, landed } = await throughProvider('pegawai-1987', {
      tamper: (callback) => callback.searchParams.set('state', 'bukan-state-ini'),
    });
    expect(landed).toBeNull();
    expect(last.status).toBe(403);
    const text = await last.text();
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).toMatch(/state/);
    expect(jar.get('rbw_session')).toBeUndefined();
    expect((await sessionOf(jar)).status).toBe(401);
  });

  it('refuses a subject no account is linked to, in one line, without a session', async () => {
    const { jar, last, landed } = await throughProvider('orang-asing', { email: 'asing@lain.go.id' });
    expect(landed).toBeNull();
    expect(last.status).toBe(403);
    const text = await last.text();
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).toContain('orang-asing');
    expect((await sessionOf(jar)).status).toBe(401);
  });
});
