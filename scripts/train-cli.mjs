/**
 * Makes V8's code cache of the `rbw` bundle (scripts/build-cli.mjs runs it in a fresh, plain `node`):
 * runs the bundle in one process through the commands users run most — help, the templates, a new
 * document answered from the example, its scores, its export as a workbook, and `rbw score` of that
 * workbook last — then writes the compiled code V8 holds for each of its scripts beside it (rbw.cache,
 * vendor.cache).
 * Usage: node scripts/train-cli.mjs OUTDIR. Plain JavaScript, like the build.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../bin/run-bundle.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outdir = resolve(process.argv[2] ?? join(root, 'dist', 'cli'));
const { main, scripts } = loadBundle(outdir);
const folder = mkdtempSync(join(tmpdir(), 'rbw-train-'));
const quiet = { out: () => {}, err: () => {} };

async function rbw(...argv) {
  const lines = [];
  const code = await main(argv, { out: () => {}, err: (line) => lines.push(line) });
  if (code !== 0) throw new Error(`rbw ${argv.join(' ')}: exit ${code}: ${lines.join(' ')}`);
}

try {
  const example = join(root, 'examples', 'dinas-contoh-zi-2021.answers.json');
  const doc = join(folder, 'contoh.rbw');
  const workbook = join(folder, 'contoh.xlsx');
  await main(['--help'], quiet);
  await rbw('templates');
  await rbw('score', example);
  await rbw('new', '--template', 'zi-2021', '--out', doc, '--author', 'build');
  const { answers } = JSON.parse(readFileSync(example, 'utf8'));
  for (const [code, { answer }] of Object.entries(answers).slice(0, 12)) {
    if (typeof answer === 'string') await rbw('set', doc, code, answer, '--author', 'build');
  }
  await rbw('show', doc);
  await rbw('score', doc);
  await rbw('export', doc, '--out', workbook);
  await rbw('score', workbook);
  for (const [name, { script }] of Object.entries(scripts)) {
    const cache = join(outdir, `${name}.cache`);
    writeFileSync(`${cache}.part`, script.createCachedData());
    renameSync(`${cache}.part`, cache);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
