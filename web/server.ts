import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { Envelope } from '../shared/api/envelope';
import type { CallContext } from '../service/api/handlers';

export const TOKEN_HEADER = 'x-rbw-token';
const MAX_BODY = 64 * 1024 * 1024;
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
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/'))
      return handleApi(request, response, url.pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'method not allowed');
    return serveStatic(response, url.pathname);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'method not allowed');
    if (!sameToken(request.headers[TOKEN_HEADER], token)) return send(response, 403, 'forbidden');
    const origin = request.headers.origin;
    if (
      origin !== undefined &&
      origin !== `http://127.0.0.1:${port}` &&
      origin !== `http://localhost:${port}`
    ) {
      return send(response, 403, 'forbidden');
    }
    const body = await readBody(request);
    if (body === null) return send(response, 413, 'too large');
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return send(response, 400, {
        ok: false,
        problems: [{ code: 'api.invalidInput', params: { message: 'JSON' } }],
      });
    }
    send(response, 200, await options.call(decodeURIComponent(name), input, { author: options.author }));
  }

  function serveStatic(response: ServerResponse, pathname: string): void {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = join(root, relative);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'content-security-policy':
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'",
    });
    createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolveBody(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: Envelope | string): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    'cache-control': 'no-store',
  });
  response.end(text);
}
