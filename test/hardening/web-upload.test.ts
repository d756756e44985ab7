import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { REAL_WORKBOOK } from './workbook-variants';

vi.setConfig({ testTimeout: 240_000 });

/** The server's heap is bounded: an upload that once took it down (6.8 GB) must fit well within. */
const HEAP_MB = 768;
const folder = mkdtempSync(join(tmpdir(), 'rbw-web-upload-'));
const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, 'test/hardening/web-server.mjs'], {
  env: { ...process.env, RBW_DATA_DIR: join(folder, 'data'), RBW_LANG: 'id' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stderr = '';
child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
const started = new Promise<{ port: number; token: string }>((resolve) => {
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    const line = out.split('\n').find((l) => l.startsWith('{'));
    if (line) resolve(JSON.parse(line));
  });
});
const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
afterAll(() => {
  child.kill();
});

async function call(name: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const { port, token } = await started;
  const response = await fetch(`http://127.0.0.1:${port}/api/${name}`, {
    method: 'POST',
    headers: { 'x-rbw-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}

it('uploading a workbook whose total sums A1:XFD1048576 answers, and the server keeps serving', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REAL_WORKBOOK);
  (workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet).getCell('L208').value = {
    formula: 'SUM(A1:XFD1048576)',
  } as ExcelJS.CellFormulaValue;
  const path = join(folder, 'seluruh-lembar.xlsx');
  await workbook.xlsx.writeFile(path);
  const upload = call('app.importWorkbook', {
    fileName: 'seluruh-lembar.xlsx',
    contentBase64: readFileSync(path).toString('base64'),
  });
  // Either the server answers, or it died: the race says which.
  const first = await Promise.race([upload, exited.then((code) => ({ died: code }))]);
  expect(first, stderr.slice(-500)).not.toHaveProperty('died');
  expect((first as { status: number }).status).toBe(200);
  expect((await call('templates.list', {})).status).toBe(200);
});
