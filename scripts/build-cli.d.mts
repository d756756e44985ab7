import type { Metafile } from 'esbuild';

/**
 * Builds the `rbw` bundle into `outdir` (default dist/cli) and, unless `train` is false, its code cache;
 * `markModules` (tests only) makes exceljs and HyperFormula note in `globalThis.__rbwEvaluated` when they
 * are evaluated. See build-cli.mjs.
 */
export function buildCli(
  outdir?: string,
  options?: { train?: boolean; markModules?: boolean },
): Promise<{ outdir: string; sources: string[]; metafile: Metafile }>;
