/**
 * `npm run bench [-- --quick] [-- --only=import,ui]`: runs every case (warm-up first, then the measured
 * runs), prints the table of medians, p99s, baselines, ratios and targets, then one JSON object with the
 * same figures on the last line, also written to bench-results/. Not part of `npm test`: figures depend
 * on the machine, so nothing here asserts a time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { boundsCase } from './cases/bounds';
import { cliCase } from './cases/cli';
import { exportCase } from './cases/export';
import { editDocumentCase } from './cases/edit-document';
import { importCase } from './cases/import';
import { libreofficeCase } from './cases/libreoffice';
import { longSheetCase } from './cases/long-sheet';
import { portfolioCase } from './cases/portfolio';
import { portfolioListCase } from './cases/portfolio-list';
import { scoreCase } from './cases/score';
import { serverCase } from './cases/server';
import { uiCase } from './cases/ui';
import { workbookRuleCase } from './cases/workbook-rule';
import type { BenchCase, BenchContext } from './support/bench-case';
import type { Figure } from './support/figure';
import { removeTempFolders, RESULTS } from './support/files';
import { collectGarbage, now } from './support/measure';
import { formatTable } from './support/report';

const CASES: BenchCase[] = [
  importCase,
  exportCase,
  scoreCase,
  workbookRuleCase,
  libreofficeCase,
  editDocumentCase,
  portfolioCase,
  portfolioListCase,
  uiCase,
  longSheetCase,
  cliCase,
  boundsCase,
  serverCase,
];

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const unknown = only?.filter((name) => !CASES.some((c) => c.name === name)) ?? [];
  if (unknown.length) {
    console.error(`bench: unknown case ${unknown.join(', ')}; cases: ${CASES.map((c) => c.name).join(', ')}`);
    return 2;
  }
  const context: BenchContext = {
    quick,
    runs: (warmup, runs) =>
      quick ? { warmup: Math.min(warmup, 1), runs: Math.max(2, Math.ceil(runs / 4)) } : { warmup, runs },
    log: (line) => console.error(line),
  };
  const startedAt = new Date();
  const loadBefore = loadavg();
  const figures: Figure[] = [];
  const failures: { case: string; error: string }[] = [];
  for (const benchCase of CASES.filter((c) => !only || only.includes(c.name))) {
    console.error(`${benchCase.name}: ${benchCase.title}`);
    const start = now();
    const load = loadavg()[0] as number;
    try {
      const measured = await benchCase.run(context);
      // Beside each figure: how busy the machine was while its case ran (other work skews every time).
      for (const f of measured) f.load = { before: load, after: loadavg()[0] as number };
      figures.push(...measured);
    } catch (error) {
      console.error(`  failed: ${(error as Error).stack ?? String(error)}`);
      failures.push({ case: benchCase.name, error: String((error as Error).message ?? error) });
    } finally {
      removeTempFolders();
      collectGarbage();
    }
    console.error(`  (${((now() - start) / 1000).toFixed(1)} s)`);
  }
  const cpu = cpus();
  const result = {
    date: startedAt.toISOString(),
    quick,
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
      memoryMB: Math.round(totalmem() / 1024 / 1024),
      loadAverage: { before: loadBefore[0], after: loadavg()[0] },
    },
    figures,
    failures,
  };
  mkdirSync(RESULTS, { recursive: true });
  const json = JSON.stringify(result);
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `bench-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const load = `load average ${loadBefore[0]?.toFixed(1)} → ${loadavg()[0]?.toFixed(1)}`;
  console.log(`RB Workbench bench, ${result.date}, node ${process.version}, ${result.machine.cpus}, ${load}`);
  if (quick) console.log('--quick: few runs, for checking the bench, not for quoting');
  console.log(formatTable(figures));
  for (const failure of failures) console.log(`FAILED ${failure.case}: ${failure.error}`);
  console.log(`(also in bench-results/bench-${stamp}.json)`);
  console.log(json);
  return failures.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
// The UI case leaves Playwright's and the web server's handles behind; nothing else is pending.
process.exit();
