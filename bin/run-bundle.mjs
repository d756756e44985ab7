// Loads the prebuilt `rbw` bundle (dist/cli/rbw.cjs, and dist/cli/vendor.cjs with the workbook libraries
// on their first `require`; scripts/build-cli.mjs) with V8's code cache for each (rbw.cache,
// vendor.cache, made when it was built): a cold process then skips compiling the functions it runs (a
// sixth of `rbw score`'s time). A missing cache, or one V8 refuses (another Node, other V8 flags), only
// makes the start slower.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

/** The libraries vendor.cjs holds (VENDOR in scripts/build-cli.mjs). */
const VENDOR = new Set(['exceljs', 'hyperformula', 'jszip']);

/** Runs one CommonJS file of the bundle with its code cache; its exports, script and what V8 did with the cache. */
function runScript(dir, name, require) {
  const filename = resolve(dir, `${name}.cjs`);
  let cachedData;
  try {
    cachedData = readFileSync(join(dir, `${name}.cache`));
  } catch {
    cachedData = undefined;
  }
  // The build makes it ASCII, which becomes a string much faster read as Latin-1 than as UTF-8.
  const bytes = readFileSync(filename);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  // The CommonJS wrapper on the first line, so that stack traces keep the bundle's line numbers.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, filename, dirname(filename));
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  return { exports: module.exports, script, cache };
}

/**
 * The bundle's exports (`main`), and for each of its scripts (`rbw`, and `vendor` once loaded) the compiled
 * script (for the cache) and whether V8 took the cache: `used`, `rejected` or `none`.
 */
export function loadBundle(dir) {
  const nodeRequire = createRequire(resolve(dir, 'rbw.cjs'));
  const scripts = {};
  const require = Object.assign((id) => {
    if (!VENDOR.has(id)) return nodeRequire(id);
    scripts.vendor ??= runScript(dir, 'vendor', nodeRequire);
    return scripts.vendor.exports.load(id);
  }, nodeRequire);
  scripts.rbw = runScript(dir, 'rbw', require);
  return { main: scripts.rbw.exports.main, scripts };
}

/** Runs `rbw` with these arguments from the bundle in `dir`; resolves to the exit code. */
export async function runBundle(dir, argv) {
  return loadBundle(dir).main(argv);
}
