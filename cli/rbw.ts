/** The `rbw` command: the entry point of the bundle bin/rbw.mjs runs (scripts/build-cli.mjs). */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
