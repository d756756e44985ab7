import type { Metafile } from 'esbuild';

/** Builds the `rbw` bundle into `outdir` (default dist/cli); see build-cli.mjs. */
export function buildCli(outdir?: string): Promise<{ outdir: string; sources: string[]; metafile: Metafile }>;
