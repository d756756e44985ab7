// Browser mode's server (web/main.ts without the renderer build) for tests that must see whether an
// upload takes the server down: serves an empty page and the real service; prints port and token.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { startWebServer } = await import('../../web/server.ts');
const { callFromWindow, windowFileAccess } = await import('../../service/api/window.ts');
const staticDir = mkdtempSync(join(tmpdir(), 'rbw-web-static-'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>RB Workbench</title>');
const server = await startWebServer({
  staticDir,
  call: callFromWindow,
  author: 'Uji',
  files: windowFileAccess(),
});
console.log(JSON.stringify({ port: server.port, token: server.token }));
