#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx rbw` works right after `npm ci` without a build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
