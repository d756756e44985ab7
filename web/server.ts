import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/api/content-security';
import type { Envelope } from '../shared/api/envelope';
import { WINDOW_HEADER, WINDOW_ID } from '../shared/api/document-events';
import type { CallContext, FileAccess } from '../service/api/window';
import { streamDocumentChanges } from './events';

export const TOKEN_HEADER = 'x-rbw-token';
/**
 * The largest request body: a file stored in a document may have 10 MB (MAX_ATTACHMENT_BYTES), which
 * travels as 13.4 MB of base64; uploaded workbooks are far smaller. Larger bodies get 413.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** An oversized body is read to its end (and dropped) so that the client sees the 413, up to this. */
const MAX_DRAINED_BYTES = 512 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebServerOptions {
  /** The built renderer (vite build output). */
  staticDir: string;
  /** Runs one API call: the same service the Electron main process exposes over IPC. */
  call: (name: string, input: unknown, context: CallContext) => Promise<Envelope>;
  author: string;
  /** Which files the window may have the service use (see service/workbench/file-access.ts). */
  files: FileAccess;
  port?: number;
}

export interface WebServer {
  /** Open this URL: the token travels in the fragment, which browsers never send to a server. */
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

/**
 * Browser mode: serves the renderer and the service API on 127.0.0.1 only. Every API call must carry the
 * per-run token in a custom header (which also forces a CORS preflight this server never grants, so no
 * other page can call it) and a Host header naming this loopback port (against DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  const root = resolve(options.staticDir);
  let port = 0;
  /** The open "document changed" streams, ended when the server closes. */
  const streams = new Set<() => void>();
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('rbw web:', error);
      if (!response.headersSent)
        send(response, 500, {
          ok: false,
          problems: [{ code: 'api.internal', params: { message: String(error) } }],
        });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return send(response, 421, 'wrong host');
    const pathname = decodedPath(request.url ?? '/', host);
    if (pathname === null) return send(response, 400, 'malformed URL');
    if (pathname === '/api/events') return handleEvents(request, response, host);
    if (pathname.startsWith('/api/')) return handleApi(request, response, pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'method not allowed');
    return serveStatic(response, root, pathname);
  }

  /** The token and, when sent, an Origin of this server: else the call is refused. */
  function allowed(request: IncomingMessage): boolean {
    if (!sameToken(request.headers[TOKEN_HEADER], token)) return false;
    const origin = request.headers.origin;
    return (
      origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
    );
  }

  /** `GET /api/events?document=ID`: the changes other windows make to that document, as they happen. */
  function handleEvents(request: IncomingMessage, response: ServerResponse, host: string): void {
    if (request.method !== 'GET') return send(response, 405, 'method not allowed');
    if (!allowed(request)) return send(response, 403, 'forbidden');
    const documentId = new URL(request.url ?? '/', `http://${host}`).searchParams.get('document') ?? '';
    if (!documentId || documentId.length > 200) return send(response, 400, 'document missing');
    const end = streamDocumentChanges(response, documentId, windowOf(request));
    streams.add(end);
    response.on('close', () => streams.delete(end));
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'method not allowed');
    if (!allowed(request)) return send(response, 403, 'forbidden');
    const body = await readBody(request);
    if (body === null) return send(response, 413, `too large: at most ${MAX_BODY_BYTES} bytes`);
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return send(response, 400, {
        ok: false,
        problems: [{ code: 'api.invalidInput', params: { message: 'JSON' } }],
      });
    }
    send(
      response,
      200,
      await options.call(name, input, {
        author: options.author,
        files: options.files,
        window: windowOf(request),
      }),
    );
  }

  // Typing pauses longer than Node's 5 s default must not cost a new connection.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => {
      for (const end of streams) end();
      streams.clear();
      return new Promise((resolveClose) => {
        // Open streams and kept-alive connections would hold the close for minutes.
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}

/** The window a call comes from, by the id it gives itself (a tab keeps it across reloads). */
export function windowOf(request: IncomingMessage): string | undefined {
  const given = request.headers[WINDOW_HEADER];
  return typeof given === 'string' && WINDOW_ID.test(given) ? given : undefined;
}

/** The built renderer's files as last read, by path: served from memory, read again when changed. */
const staticFiles = new Map<string, { stamp: string; body: Buffer }>();

/**
 * A file of the built renderer (index.html for any other path: the window routes itself), from memory:
 * the page's scripts leave at once, before a call the service is busy with (the start-up document) rather
 * than after it, as a file streamed from disk would.
 */
export function serveStatic(response: ServerResponse, root: string, pathname: string): void {
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  let file = join(root, relative);
  let stats = file.startsWith(root) ? statOf(file) : undefined;
  if (!stats?.isFile()) {
    file = join(root, 'index.html');
    stats = statOf(file);
  }
  const stamp = `${stats?.size}:${stats?.mtimeMs}`;
  let cached = staticFiles.get(file);
  if (cached?.stamp !== stamp) {
    cached = { stamp, body: readFileSync(file) };
    staticFiles.set(file, cached);
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': cached.body.length,
    // The build names every asset by its content: a reload takes them from the browser's cache.
    'cache-control': file.startsWith(join(root, 'assets'))
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  response.end(cached.body);
}

const statOf = (file: string): Stats | undefined => statSync(file, { throwIfNoEntry: false });

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/** The request's path, percent-decoded; null when it cannot be (a malformed `%`): 400. */
export function decodedPath(url: string, host: string): string | null {
  try {
    return decodeURIComponent(new URL(url, `http://${host}`).pathname);
  } catch {
    return null;
  }
}

/**
 * The request's body, or null when it is larger than MAX_BODY_BYTES: the rest is then read and dropped
 * (so that the client is still listening when the 413 comes), up to MAX_DRAINED_BYTES.
 */
export function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(request.headers['content-length']);
    let tooLarge = Number.isFinite(declared) && declared > MAX_BODY_BYTES;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAINED_BYTES) {
        request.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (tooLarge) chunks.length = 0;
      else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    request.on('close', () => resolveBody(null));
    request.on('error', reject);
  });
}

export function send(response: ServerResponse, status: number, body: Envelope | string): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    'cache-control': 'no-store',
  });
  response.end(text);
}
