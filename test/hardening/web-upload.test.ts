import { farRangeWorkbook } from '../support/far-range-workbook';
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { deeplyNestedLke, smallLkeWorkbook } from '../support/small-lke-workbook';
import { REAL_WORKBOOK } from './workbook-variants';

vi.setConfig({ testTimeout: 240_000 });

/** The server's heap is bounded: an upload that once took it down (6.8 GB) must fit well within. */
const HEAP_MB = 768;
const folder = mkdtempSync(join(tmpdir(), 'rbw-web-upload-'));
const dataDir = join(folder, 'data');
const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, 'test/hardening/web-server.mjs'], {
  env: { ...process.env, RBW_DATA_DIR: dataDir, RBW_LANG: 'id' },
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

/** What the server answers: HTTP 200 with the service's envelope, a value or problems in one line each. */
interface Answer {
  status: number;
  body: { ok: true; value: unknown } | { ok: false; problems: { code: string; where?: unknown }[] };
}

async function call(name: string, input: unknown): Promise<Answer> {
  const { port, token } = await started;
  const response = await fetch(`http://127.0.0.1:${port}/api/${name}`, {
    method: 'POST',
    headers: { 'x-rbw-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** Uploads as the window's "Impor Excel" does in browser mode; fails with the server's last words if it died. */
async function upload(fileName: string, bytes: Uint8Array): Promise<Answer> {
  const answer = call('app.importWorkbook', {
    fileName,
    contentBase64: Buffer.from(bytes).toString('base64'),
  });
  // Either the server answers, or it died: the race says which.
  const first = await Promise.race([answer, exited.then((code) => ({ died: code }))]);
  expect(first, stderr.slice(-500)).not.toHaveProperty('died');
  return first as Answer;
}

/** The value of an answer that must have succeeded; its problems otherwise. */
function valueOf<T>(answer: Answer): T {
  expect(answer.status).toBe(200);
  expect(answer.body, JSON.stringify(answer.body).slice(0, 500)).toMatchObject({ ok: true });
  return (answer.body as { value: T }).value;
}

interface View {
  documentId: string;
  fileName: string;
  revision: number;
  records: Record<string, { answer: unknown }>;
  scores: { rule: string; unit: { total: number }; standard: { total: number } | null };
}

/** The documents the workbench holds in its folder. */
const documents = (): string[] => readdirSync(join(dataDir, 'documents')).sort();

describe('hostile formulas uploaded in browser mode', () => {
  let first: View;

  it('a plain small LKE uploaded first scores 12,75 (worked out by hand)', async () => {
    // i. = AVERAGE(Ya = 1, B = 0,5) × 4 = 3; ii. = 1 × 6 = 6; A. = 9; B. = 3 ÷ 4 × 5 = 3,75; 12,75.
    const answer = await upload('biasa.xlsx', await smallLkeWorkbook('SUM(J2,J8)'));
    first = valueOf<View>(answer);
    expect(first.scores.unit.total).toBeCloseTo(12.75, 9);
  });

  it('a sub-area nested 20,000 IF(1,…) deep: the correct 12,75, its cell named in one line', async () => {
    const answer = await upload('bertumpuk.xlsx', await deeplyNestedLke(20_000));
    const view = valueOf<View>(answer);
    // Its stored result 3 stands in for the formula: the same 12,75 by the workbook's formulas.
    expect(view.scores.rule).toBe('workbook');
    expect(view.scores.unit.total).toBeCloseTo(12.75, 9);
    const { findings } = valueOf<{ findings: { code: string; where: { sheet?: string; cell?: string } }[] }>(
      await call('app.findings', { documentId: view.documentId }),
    );
    const j3 = findings.filter((f) => f.where.cell === 'J3' && f.code === 'finding.formulaTooDeep');
    expect(j3, JSON.stringify(findings).slice(0, 800)).toHaveLength(1);
    expect(j3[0]?.where.sheet).toBe('Lembar Kerja');
  });

  it('a total cell summing its own whole sheet (A1:XFD1048576): incomplete, as LibreOffice says', async () => {
    const answer = await upload('seluruh-lembar-kecil.xlsx', await smallLkeWorkbook('SUM(A1:XFD1048576)'));
    const view = valueOf<View>(answer);
    // J10 reads itself: a circular reference, an error in LibreOffice (Err:522) and Excel; the
    // standard rule still gives 12,75.
    expect(view.scores.standard?.total ?? view.scores.unit.total).toBeCloseTo(12.75, 9);
    const found = valueOf<{ totals: { workbook: number | null } }>(
      await call('app.findings', { documentId: view.documentId }),
    );
    expect(found.totals.workbook).toBeNull();
  });

  it('the real ZI workbook whose total sums A1:XFD1048576 answers too', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(REAL_WORKBOOK);
    (workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet).getCell('L208').value = {
      formula: 'SUM(A1:XFD1048576)',
    } as ExcelJS.CellFormulaValue;
    const path = join(folder, 'seluruh-lembar.xlsx');
    await workbook.xlsx.writeFile(path);
    valueOf(await upload('seluruh-lembar.xlsx', readFileSync(path)));
  });

  it('a whole-sheet range still too large over the used range is refused in one line naming the cell', async () => {
    // Cut to its used range, 102 million cells (as test/hardening/whole-ranges.test.ts refuses on the
    // command line).
    const answer = await upload('jauh.xlsx', await farRangeWorkbook());
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      ok: false,
      problems: [{ where: { file: 'jauh.xlsx', sheet: 'LKE ZI', cell: 'L207' } }],
    });
    expect((answer.body as { problems: unknown[] }).problems).toHaveLength(1);
  });

  it('afterwards the server still answers and the first document is as it was', async () => {
    expect(valueOf<unknown[]>(await call('templates.list', {})).length).toBeGreaterThan(0);
    const view = valueOf<View>(await call('documents.view', { documentId: first.documentId }));
    expect(view.revision).toBe(first.revision);
    expect(view.records).toEqual(first.records);
    expect(view.scores.unit.total).toBeCloseTo(12.75, 9);
    // One document per upload that succeeded, none for the refused one.
    expect(documents().filter((f) => f.endsWith('.rbw'))).toEqual([
      'bertumpuk.rbw',
      'biasa.rbw',
      'seluruh-lembar-kecil.rbw',
      'seluruh-lembar.rbw',
    ]);
  });
});
