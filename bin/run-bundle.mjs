// Loads the prebuilt `rbw` bundle (dist/cli/rbw.cjs, scripts/build-cli.mjs) with V8's code cache for it
// (dist/cli/rbw.cache, made when it was built): a cold process then skips compiling the bundle's
// functions (a sixth of `rbw score`'s time). A missing cache, or one V8 refuses (another Node, other V8
// flags), only makes the start slower.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

/** The bundle's exports (`main`), its compiled script (for the cache) and whether V8 took the cache. */
export function loadBundle(dir) {
  const filename = resolve(dir, 'rbw.cjs');
  let cachedData;
  try {
    cachedData = readFileSync(join(dir, 'rbw.cache'));
  } catch {
    cachedData = undefined;
  }
  // The CommonJS wrapper on the first line, so that stack traces keep the bundle's line numbers.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename));
  return {
    main: module.exports.main,
    script,
    cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used',
  };
}

/** Runs `rbw` with these arguments from the bundle in `dir`; resolves to the exit code. */
export async function runBundle(dir, argv) {
  return loadBundle(dir).main(argv);
}
