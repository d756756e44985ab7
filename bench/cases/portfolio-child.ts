/**
 * Case 7's child process: scores every document of a folder as an inspectorate reviewing its units
 * would see them, then prints one JSON line with the time taken and the process's peak RSS (getrusage),
 * so that the memory measured is this work's and nothing else's. Modes:
 * - `both`: open each document, its unit and reviewer scores (standard rule) and the workbook's own
 *   formulas (the workbook rule), the summaries the screen shows, close;
 * - `standard`: the same without the workbook rule;
 * - `floor`: exceljs read + HyperFormula build of each document's workbook, nothing else;
 * - `idle`: loads the same modules and scores nothing (the process's own footprint).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbookRule } from '../../service/documents/workbook-rule';
import { DocumentSession } from '../../service/documents/document-session';
import { summarize } from '../../shared/scoring/summarize';
import { readAndBuild } from '../support/floor';
import { now } from '../support/measure';

const [mode, folder, workbook, sheets] = process.argv.slice(2);

async function scoreAll(): Promise<number[]> {
  const totals: number[] = [];
  if (mode === 'idle') return totals;
  if (mode === 'floor') {
    const names = new Set((sheets ?? '').split('\n'));
    const files = readdirSync(folder as string).filter((f) => f.endsWith('.rbw'));
    for (let i = 0; i < files.length; i++) {
      const hf = await readAndBuild(readFileSync(workbook as string), names);
      totals.push(hf.getSheetNames().length);
      hf.destroy();
    }
    return totals;
  }
  for (const file of readdirSync(folder as string).filter((f) => f.endsWith('.rbw'))) {
    const session = await DocumentSession.open(join(folder as string, file));
    try {
      const unit = summarize(session.scores.unit, { gains: 0 });
      summarize(session.scores.reviewer, { gains: 0 });
      totals.push(unit.total);
      if (mode === 'both') {
        const rule = await WorkbookRule.open(session);
        if (rule) {
          totals.push(summarize(rule.scorer, { gains: 0 }).total);
          rule.destroy();
        }
      }
    } finally {
      session.close();
    }
  }
  return totals;
}

const start = now();
const totals = await scoreAll();
const ms = now() - start;
const peakRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ mode, ms, peakRssMB, scored: totals.length, first: totals.slice(0, 2) })}\n`,
);
