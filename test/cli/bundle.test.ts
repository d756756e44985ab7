import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { buildCli } from '../../scripts/build-cli.mjs';

const REPO = resolve(import.meta.dirname, '..', '..');
// Inside the repository, so that the bundle finds node_modules as dist/cli does.
const outdir = join(REPO, 'dist', 'cli-under-test');
// The same bundle, whose exceljs and HyperFormula note when they are evaluated (no code cache).
const marked = join(REPO, 'dist', 'cli-under-test-marked');
const folder = mkdtempSync(join(tmpdir(), 'rbw-bundle-'));

beforeAll(async () => {
  await buildCli(outdir);
  await buildCli(marked, { train: false, markModules: true });
}, 120_000);
afterAll(() => {
  for (const dir of [outdir, marked, folder]) rmSync(dir, { recursive: true, force: true });
});

async function inProcess(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => out.push(l) });
  expect(code).toBe(0);
  return out.join('\n');
}

/** Runs `script` (an ES module, `dir` and `loadBundle` given) in a plain `node`, as `npx rbw` starts. */
function inNode(script: string, dir: string): string {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const code = `import { loadBundle } from './bin/run-bundle.mjs'; const dir = ${JSON.stringify(dir)};\n${script}`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: REPO,
    env,
    encoding: 'utf8',
  });
}

describe('the prebuilt rbw bundle (what npm ci builds for npx rbw)', () => {
  it('prints what the sources print, starting from the code cache made when it was built', async () => {
    const answers = 'examples/dinas-contoh-zi-2021.answers.json';
    for (const argv of [
      ['templates'],
      ['templates', '--json'],
      ['score', answers],
      ['score', answers, '--json'],
    ]) {
      const out = inNode(`process.exitCode = await loadBundle(dir).main(${JSON.stringify(argv)});`, outdir);
      expect(out.trimEnd(), argv.join(' ')).toBe(await inProcess(...argv));
    }
    // V8 took both caches (the workbook libraries' when an export first needs them): the functions come
    // compiled (a refused cache only makes the start slower).
    const doc = join(folder, 'cached.rbw');
    const script = `
      const bundle = loadBundle(dir);
      const io = { out: () => {}, err: () => {} };
      await bundle.main(['new', '--template', 'zi-2021', '--out', ${JSON.stringify(doc)}, '--author', 'tester'], io);
      const before = bundle.scripts.vendor?.cache ?? 'not loaded';
      await bundle.main(['export', ${JSON.stringify(doc)}, '--out', ${JSON.stringify(join(folder, 'cached.xlsx'))}], io);
      process.stdout.write(JSON.stringify([bundle.scripts.rbw.cache, before, bundle.scripts.vendor?.cache]));`;
    expect(JSON.parse(inNode(script, outdir))).toEqual(['used', 'not loaded', 'used']);
  });

  it('evaluates exceljs and HyperFormula only for commands that read or write workbooks', () => {
    const doc = join(folder, 'unit.rbw');
    const workbook = join(folder, 'unit.xlsx');
    const commands = [
      ['templates'],
      ['score', 'examples/dinas-contoh-zi-2021.answers.json'],
      ['new', '--template', 'zi-2021', '--out', doc, '--author', 'tester'],
      ['set', doc, 'A.I.1.i.a', 'Ya', '--author', 'tester'],
      ['show', doc],
      ['history', doc],
      ['snapshot', doc, 'draft'],
      ['undo', doc],
      ['score', doc],
      ['export', doc, '--out', workbook],
      ['score', workbook],
    ];
    const script = `
      globalThis.__rbwEvaluated = new Set();
      const { main } = loadBundle(dir);
      const seen = [];
      for (const argv of ${JSON.stringify(commands)}) {
        const code = await main(argv, { out: () => {}, err: (line) => console.error(line) });
        seen.push({ command: argv[0], code, evaluated: [...globalThis.__rbwEvaluated].sort() });
      }
      process.stdout.write(JSON.stringify(seen));`;
    const seen = JSON.parse(inNode(script, marked)) as {
      command: string;
      code: number;
      evaluated: string[];
    }[];
    expect(seen.map((s) => s.code)).toEqual(commands.map(() => 0));
    // Everything before the export evaluates neither; the export (a workbook with its formulas' results)
    // evaluates both.
    expect(seen.slice(0, -2).map((s) => s.evaluated)).toEqual(seen.slice(0, -2).map(() => []));
    expect(seen.at(-2)?.evaluated).toEqual(['exceljs', 'hyperformula']);
  });
});
