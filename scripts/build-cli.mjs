/**
 * Builds the `rbw` command into dist/cli with esbuild: one small entry and a chunk per command, so that a
 * command loads only what it uses (exceljs and HyperFormula only for commands that read or write
 * workbooks). Dependencies stay in node_modules. `npm ci` runs it (the `prepare` script), so that
 * `npx rbw` right after `npm ci` starts as a compiled tool instead of compiling TypeScript first.
 * Plain JavaScript: it runs before anything else is built.
 */
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * zod re-exports its messages in 40 languages as `z.locales`; the command line uses none of them (its
 * messages are ours), so only English (zod's default) is kept: a third less code to load at start.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`)
        ? { path: 'zod-locales', namespace: 'zod-english-only' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/** JSON modules (the built-in templates) as JSON.parse of a string, which V8 reads much faster than a literal. */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

/** Builds the bundle into `outdir` and lists the sources it was made from (bin/rbw.mjs checks them). */
export async function buildCli(outdir = join(root, 'dist', 'cli')) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { rbw: 'cli/rbw.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Bundled too (fewer files to resolve and load at start), except SQLite's native module.
    external: ['better-sqlite3', 'highs', 'pg', '@node-rs/argon2'],
    // CommonJS dependencies (exceljs) require Node's built-ins.
    banner: {
      js: "import { createRequire as __rbwRequire } from 'node:module'; const require = __rbwRequire(import.meta.url);",
    },
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [jsonAsParse, zodEnglishOnly],
  });
  const sources = Object.keys(result.metafile.inputs).filter(
    (input) => !input.startsWith('node_modules/') && !input.includes(':'),
  );
  writeFileSync(join(outdir, 'sources.json'), JSON.stringify({ builtAt: Date.now(), sources }));
  return { outdir, sources, metafile: result.metafile };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { outdir, sources } = await buildCli();
  console.log(`rbw: built ${outdir} from ${sources.length} sources`);
}
