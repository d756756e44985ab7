#!/usr/bin/env node
// `rbw`: runs the prebuilt bundle (dist/cli, built by `npm ci` through the `prepare` script, or by
// `npm run build:cli`). When the bundle is missing or a source changed after it was built (while
// developing), it runs the TypeScript sources through tsx instead: slower to start, never stale.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.mjs';

const dist = new URL('../dist/cli/', import.meta.url);

function bundleIsCurrent() {
  try {
    const { builtAt, sources } = JSON.parse(readFileSync(new URL('sources.json', dist)));
    return sources.every((source) => statSync(new URL(`../${source}`, import.meta.url)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

if (process.env.RBW_FROM_SOURCE !== '1' && bundleIsCurrent()) {
  process.exitCode = await runBundle(fileURLToPath(dist), process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
