import { z } from 'zod';
import { EnvelopeSchema } from '../../shared/api/envelope';
import { ApiProblems } from './api-problems';

/**
 * The window served by an organisation's server (`rbw serve`): who is signed in (their session cookie is
 * HttpOnly; the page keeps the CSRF token it sends back on every call), signing in and out, and the list
 * of the organisation's documents. Browser mode (`npm run web`) and the desktop app have no session.
 */
const SessionSchema = z.object({
  login: z.string(),
  role: z.string(),
  pokja: z.string().nullable(),
  organisation: z.string(),
  csrf: z.string(),
});
export type ServerSession = z.infer<typeof SessionSchema>;

const DocumentEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  agency: z.string().nullable(),
  year: z.number().nullable(),
  total: z.number(),
  incomplete: z.boolean(),
  category: z.string().nullable(),
  answered: z.number(),
  questions: z.number(),
});
export type ServerDocumentEntry = z.infer<typeof DocumentEntrySchema>;

let session: ServerSession | null = null;
const signedOutListeners = new Set<() => void>();

/** The signed-in user of the organisation's server; null elsewhere (or signed out). */
export const serverSession = (): ServerSession | null => session;

/** Calls `listener` when the server no longer knows the session (expired, signed out elsewhere). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => {
    signedOutListeners.delete(listener);
  };
}

/** The session ended: every listener shows the sign-in page again. */
export function signedOut(): void {
  session = null;
  for (const listener of signedOutListeners) listener();
}

/**
 * Whether this page comes from an organisation's server, and who is signed in: `signed-in`, `sign-in`
 * (the server answers, nobody is signed in), or `none` (browser mode: the path is the window itself).
 */
export async function probeServer(): Promise<'signed-in' | 'sign-in' | 'none'> {
  try {
    const response = await fetch('auth/session', { headers: { accept: 'application/json' } });
    if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) return 'none';
    const body = EnvelopeSchema.parse(await response.json());
    if (response.status === 401) return 'sign-in';
    if (!body.ok) return 'none';
    session = SessionSchema.parse(body.value);
    return 'signed-in';
  } catch {
    return 'none';
  }
}

/** Why a sign-in was refused: a wrong login or password, too many attempts (429), or no server. */
export type SignInRefusal = 'wrong' | 'tooMany' | 'unreachable';

export async function signIn(login: string, password: string): Promise<SignInRefusal | null> {
  try {
    const response = await fetch('auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    if (response.status === 429) return 'tooMany';
    if (response.status === 401 || response.status === 400) return 'wrong';
    const body = EnvelopeSchema.parse(await response.json());
    if (!body.ok) return 'wrong';
    session = SessionSchema.parse(body.value);
    return null;
  } catch {
    return 'unreachable';
  }
}

export async function signOut(): Promise<void> {
  const csrf = session?.csrf ?? '';
  await fetch('auth/logout', { method: 'POST', headers: { 'x-csrf-token': csrf } }).catch(() => undefined);
  signedOut();
}

/** The organisation's documents the user may see, with their totals and categories. */
export async function serverDocuments(): Promise<ServerDocumentEntry[]> {
  const response = await fetch('server/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': session?.csrf ?? '' },
    body: '{}',
  });
  if (response.status === 401) signedOut();
  const body = EnvelopeSchema.parse(await response.json());
  if (!body.ok) throw new ApiProblems(body.problems);
  return z.array(DocumentEntrySchema).parse(body.value);
}
