import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dispatch } from '../../service/api/dispatch';
import { createDocument } from '../../service/documents/create-document';
import { anyFile } from '../../service/workbench/file-access';
import { flatTemplate } from '../../test/hardening/flat-template';
import { appendRow, withLkeSheet, writeZipBomb } from '../../test/hardening/workbook-variants';
import type { BenchCase } from '../support/bench-case';
import { figure, targets } from '../support/figure';
import { REPO } from '../support/files';
import { now, sample } from '../support/measure';

const run = promisify(execFile);

/** `rbw score FILE` through peak-rss.mjs: its time (ms) and its peak resident memory (MB); it must refuse. */
async function refusal(file: string): Promise<{ ms: number; mb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'rbw-bench-peak-'));
  const peakFile = join(dir, 'peak');
  const started = now();
  const outcome = await run(process.execPath, ['bench/support/peak-rss.mjs', 'score', file], {
    cwd: REPO,
    env: { ...process.env, RBW_TEST_PEAK_FILE: peakFile },
  }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
  const ms = now() - started;
  if (outcome !== 1) throw new Error(`rbw score ${file} ended with ${outcome}, not a refusal (1)`);
  const mb = Number(readFileSync(peakFile, 'utf8')) / 1024;
  rmSync(dir, { recursive: true, force: true });
  return { ms, mb };
}

/**
 * Case 11: the bounds the hardening tests enforce only as harness limits (test timeouts, the child's heap
 * limit), measured: opening a document of 10k and 40k items in one sub-area (linear growth is 4 ×, the
 * quadratic path it replaced 16 ×), and `rbw score` refusing a sheet numbering a row 99,999,999 and a
 * 1.1 GB zip bomb (time and peak memory of the whole process).
 */
export const boundsCase: BenchCase = {
  name: 'bounds',
  title: 'Very large templates and hostile workbooks',
  run: async ({ runs, log }) => {
    const folder = mkdtempSync(join(tmpdir(), 'rbw-bench-bounds-'));
    const opening = async (items: number) => {
      const path = join(folder, `flat-${items}.rbw`);
      await createDocument(path, { template: flatTemplate(items) });
      log(`  opening ${items} items in one sub-area`);
      return sample(
        async () => {
          const view = (await dispatch('documents.open', { path }, { author: 'bench', files: anyFile })) as {
            documentId: string;
          };
          await dispatch(
            'documents.close',
            { documentId: view.documentId },
            { author: 'bench', files: anyFile },
          );
        },
        runs(1, 3),
      );
    };
    const small = await opening(10_000);
    const large = await opening(40_000);
    const farRow = join(folder, 'baris-jauh.xlsx');
    writeFileSync(farRow, await withLkeSheet(appendRow(99_999_999)));
    const bomb = join(folder, 'bom.xlsx');
    await writeZipBomb(bomb, 1.1);
    log('  rbw score refusing a row 99,999,999 and a 1.1 GB zip bomb (peak memory)');
    const refusals = { farRow: [] as { ms: number; mb: number }[], bomb: [] as { ms: number; mb: number }[] };
    const { warmup, runs: count } = runs(0, 3);
    for (let i = 0; i < warmup + count; i++) {
      const a = await refusal(farRow);
      const b = await refusal(bomb);
      if (i < warmup) continue;
      refusals.farRow.push(a);
      refusals.bomb.push(b);
    }
    rmSync(folder, { recursive: true, force: true });
    return [
      figure({
        id: 'bounds.open.40k',
        case: 11,
        what: 'opening a document of 40,000 items in one sub-area',
        samples: large,
        baseline: { what: 'the same with 10,000 items', samples: small },
        target: targets.ratioAtMost(8),
      }),
      ...(['farRow', 'bomb'] as const).flatMap((name) => {
        const what = name === 'farRow' ? 'a sheet numbering a row 99,999,999' : 'a 1.1 GB zip bomb';
        return [
          figure({
            id: `bounds.refuse.${name}`,
            case: 11,
            what: `\`rbw score\` refusing ${what}, a whole process`,
            samples: refusals[name].map((r) => r.ms),
            target: targets.medianBelow(60_000),
          }),
          figure({
            id: `bounds.refuse.${name}.peak`,
            case: 11,
            what: `peak memory of \`rbw score\` refusing ${what}`,
            unit: 'MB',
            samples: refusals[name].map((r) => r.mb),
            target: targets.below(1536, 'MB'),
          }),
        ];
      }),
    ];
  },
};
