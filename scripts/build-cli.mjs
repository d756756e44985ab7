/**
 * Builds the `rbw` command into dist/cli with esbuild: one CommonJS file in which each command's modules
 * are evaluated only when it runs (exceljs and HyperFormula only for commands that read or write
 * workbooks), and V8's code cache for it, made by running it once, so that a cold `rbw` skips compiling
 * what it runs. Dependencies stay in node_modules. `npm ci` runs it (the `prepare` script), so that
 * `npx rbw` right after `npm ci` starts as a compiled tool instead of compiling TypeScript first.
 * Plain JavaScript: it runs before anything else is built.
 */
import { build, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
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

/** Tests only: exceljs's and HyperFormula's modules note, when evaluated, that they were. */
const markEvaluated = {
  name: 'mark-evaluated',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](exceljs|hyperformula)[\\/].*\.m?js$/ }, (args) => {
      const name = /node_modules[\\/](exceljs|hyperformula)[\\/]/.exec(args.path)[1];
      return {
        contents: `globalThis.__rbwEvaluated?.add('${name}');\n${readFileSync(args.path, 'utf8')}`,
        loader: 'js',
      };
    });
  },
};

/**
 * The libraries that read and write workbooks, in a second bundle (vendor.cjs, with its own code cache)
 * that the first `require` of one of them loads (bin/run-bundle.mjs): a command that touches no workbook
 * does not even read their compiled code.
 */
export const VENDOR = ['exceljs', 'hyperformula', 'jszip'];

/**
 * Builds the bundle into `outdir` (rbw.cjs and vendor.cjs, CommonJS, which bin/run-bundle.mjs loads with
 * V8's code cache), lists the sources it was made from (bin/rbw.mjs checks them) and, unless `train` is
 * false, makes the code caches by running the bundle once (scripts/train-cli.mjs). `markModules` (tests
 * only) makes the bundle note in `globalThis.__rbwEvaluated` when exceljs or HyperFormula is evaluated.
 */
export async function buildCli(
  outdir = join(root, 'dist', 'cli'),
  { train = true, markModules = false } = {},
) {
  rmSync(outdir, { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    outdir,
    bundle: true,
    // Scripts: a command's modules are evaluated only when it runs (esbuild wraps what is imported
    // dynamically), and V8 can cache the compiled code of a script, not of an ES module (on Node 20).
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // A script run through vm.Script has no loader for `import()`: the external modules imported so
    // (HiGHS for `rbw plan`) are required instead.
    supported: { 'dynamic-import': false },
    outExtension: { '.js': '.cjs' },
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [jsonAsParse, zodEnglishOnly, ...(markModules ? [markEvaluated] : [])],
  };
  const result = await build({
    ...common,
    entryPoints: { rbw: 'cli/rbw.ts' },
    // Bundled too (fewer files to resolve and load at start), except the native and optional modules
    // and the workbook libraries (vendor.cjs).
    external: ['better-sqlite3', 'highs', 'pg', '@node-rs/argon2', ...VENDOR],
    // The two modules that look for files beside themselves (rbw serve's web folder, pg) get the bundle's.
    define: {
      'import.meta.url': '__rbwBundleUrl',
      __RBW_BUILTIN_TEMPLATES_CHECKED__: String(await builtinTemplatesUnchanged()),
    },
    footer: { js: "var __rbwBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // Each library evaluated on its first `load`.
  const cases = VENDOR.map(
    (name) => `case ${JSON.stringify(name)}: return require(${JSON.stringify(name)});`,
  );
  await build({
    ...common,
    stdin: {
      contents: `export function load(name) { switch (name) { ${cases.join(' ')} } }`,
      resolveDir: root,
      sourcefile: 'vendor.js',
      loader: 'js',
    },
    // Strict, as the libraries ran in the ES module bundle before (a script entry gets no directive).
    banner: { js: "'use strict';" },
    outfile: join(outdir, 'vendor.cjs'),
    outdir: undefined,
    outExtension: undefined,
  });
  const sources = Object.keys(result.metafile.inputs).filter(
    (input) => !/(^|\/)node_modules\//.test(input) && !input.includes(':'),
  );
  for (const name of ['rbw.cjs', 'vendor.cjs']) await asciiOnly(join(outdir, name));
  if (train) trainCodeCache(outdir);
  writeFileSync(join(outdir, 'sources.json'), JSON.stringify({ builtAt: Date.now(), sources }));
  return { outdir, sources, metafile: result.metafile };
}

/**
 * Makes a bundle file plain ASCII, which Node reads into a string several times faster than UTF-8 (~10 ms
 * for both): esbuild escapes strings but keeps comments and regular expressions as written, so their few
 * other characters become `\uXXXX` (in a regular expression the same character; a line or paragraph
 * separator, which only a comment can hold, a newline). Checked: without comments and spaces, escaping
 * before or after esbuild reads the code gives the same code; otherwise the file stays as it was.
 */
async function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const escape = (code) =>
    code.replace(/[^\0-\x7f]/g, (c) =>
      c === '\u2028' || c === '\u2029' ? '\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  if (!/[^\0-\x7f]/.test(text)) return;
  const bare = async (code) => (await transform(code, { minifyWhitespace: true, logLevel: 'error' })).code;
  const ascii = escape(text);
  if ((await bare(ascii)) === escape(await bare(text))) writeFileSync(file, ascii);
}

/**
 * Whether every built-in template passes the template schema and comes out of it unchanged (deep-equal
 * to its JSON file): then the bundle takes them as they are, without parsing them again in each process
 * (shared/builtin-templates/index.ts). Otherwise the bundle parses them at run time, as the sources do.
 */
async function builtinTemplatesUnchanged() {
  const check = `
    import { isDeepStrictEqual } from 'node:util';
    import { readdirSync, readFileSync } from 'node:fs';
    import { BUILTIN_TEMPLATE_IDS, builtinTemplate } from './shared/builtin-templates/index.ts';
    const folder = ${JSON.stringify(join(root, 'shared', 'builtin-templates'))};
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    const raw = files.map((name) => JSON.parse(readFileSync(folder + '/' + name, 'utf8')));
    export const unchanged = () => BUILTIN_TEMPLATE_IDS.every((id) => {
      const template = builtinTemplate(id);
      return isDeepStrictEqual(template, raw.find((r) => r.id === template.id));
    });`;
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: check, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  try {
    const { unchanged } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    return unchanged();
  } catch {
    return false;
  }
}

/**
 * Runs the bundle once in a fresh process (the commands a user runs most, `rbw score` of a workbook last)
 * and keeps V8's compiled code beside each script (rbw.cache, vendor.cache). Without them `rbw` still
 * works, only slower to start: a failure is a warning, never a failed `npm ci`.
 */
function trainCodeCache(outdir) {
  const env = { ...process.env };
  // V8 takes a cache only from a process with the same V8 flags as the one that uses it: plain `node`.
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'train-cli.mjs'), outdir], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    const why = (run.stderr ?? '').trim().split('\n').at(-1) || `exit ${run.status ?? run.signal}`;
    console.warn(`rbw: no code cache (${why}); rbw works, only slower to start`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { outdir, sources } = await buildCli();
  console.log(`rbw: built ${outdir} from ${sources.length} sources`);
}
