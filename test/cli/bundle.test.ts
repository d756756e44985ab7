import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { main } from '../../cli/main';
import { buildCli } from '../../scripts/build-cli.mjs';

const REPO = resolve(import.meta.dirname, '..', '..');
// Inside the repository, so that the bundle finds node_modules as dist/cli does.
const outdir = join(REPO, 'dist', 'cli-under-test');
let metafile: Metafile;

beforeAll(async () => {
  ({ metafile } = await buildCli(outdir));
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

async function inProcess(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => out.push(l) });
  expect(code).toBe(0);
  return out.join('\n');
}

/** Every input module a bundle file loads before it runs, following static imports only. */
function loadedBefore(file: string): Set<string> {
  const inputs = new Set<string>();
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    const meta = metafile.outputs[output];
    for (const input of Object.keys(meta?.inputs ?? {})) inputs.add(input);
    for (const imported of meta?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(file);
  return inputs;
}

describe('the prebuilt rbw bundle (what npm ci builds for npx rbw)', () => {
  it('prints what the sources print', async () => {
    const bundle = join(outdir, 'rbw.mjs');
    for (const argv of [['templates'], ['score', 'examples/dinas-contoh-zi-2021.answers.json']]) {
      const out = execFileSync(process.execPath, [bundle, ...argv], { cwd: REPO, encoding: 'utf8' });
      expect(out.trimEnd(), argv.join(' ')).toBe(await inProcess(...argv));
    }
  });

  it('loads exceljs and HyperFormula only for commands that read or write workbooks', () => {
    const outputs = Object.keys(metafile.outputs).filter((o) => o.endsWith('.mjs'));
    const entry = outputs.find((o) => o.endsWith('/rbw.mjs')) as string;
    const command = (name: string) => {
      const found = outputs.find((o) => new RegExp(`/chunks/${name}-[A-Z0-9]+\\.mjs$`).test(o));
      if (!found) throw new Error(`no chunk for ${name}`);
      return found;
    };
    const heavy = (inputs: Set<string>) =>
      [...inputs].filter((i) => /node_modules\/(exceljs|hyperformula)\//.test(i)).length;
    expect(heavy(loadedBefore(entry))).toBe(0);
    for (const light of ['templates', 'score', 'show', 'set', 'history', 'snapshot', 'new', 'undo']) {
      expect(heavy(loadedBefore(command(light))), light).toBe(0);
    }
    expect(heavy(loadedBefore(command('score-workbook-command')))).toBeGreaterThan(0);
    expect(heavy(loadedBefore(command('inspect')))).toBeGreaterThan(0);
  });
});
