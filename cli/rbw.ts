/**
 * The `rbw` command: the entry point of the bundle (scripts/build-cli.mjs), which bin/run-bundle.mjs
 * loads and runs.
 */
export { main } from './main';
