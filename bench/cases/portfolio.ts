import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { importToDocument } from '../../service/workbench/import-to-document';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { readWorkbookBytes } from '../../service/workbooks/read-workbook';
import { neededSheets } from '../../shared/workbook/graph/needed-sheets';
import type { BenchCase } from '../support/bench-case';
import { answerEdits } from '../support/edits';
import { figure, targets } from '../support/figure';
import { REAL_WORKBOOK, tempFolder } from '../support/files';
import { median } from '../support/measure';

const run = promisify(execFile);
const DOCUMENTS = 100;
const CHILD = join(import.meta.dirname, 'portfolio-child.ts');

interface ChildResult {
  ms: number;
  peakRssMB: number;
  scored: number;
}

/**
 * Case 7: 100 documents scored one after another in a fresh process, as an inspectorate reviewing 100
 * units: each a copy of the document imported from the real workbook with its own answers changed.
 * Time and the child's peak RSS (getrusage), against the floor (exceljs read + HyperFormula build of the
 * same 100 workbooks) and a child that only loads the modules.
 */
export const portfolioCase: BenchCase = {
  name: 'portfolio',
  title: 'Portfolio: 100 documents scored',
  run: async ({ quick, runs, log }) => {
    const folder = tempFolder('portfolio');
    log(`  preparing ${DOCUMENTS} documents`);
    const first = join(folder, 'unit-000.rbw');
    const { workbook } = await importToDocument({ path: REAL_WORKBOOK }, { author: 'bench', out: first });
    const sheets = neededSheets(
      (await readWorkbookBytes(readFileSync(REAL_WORKBOOK), 'lke.xlsx')).data,
      workbook.layout.sheet,
    );
    for (let unit = 1; unit < DOCUMENTS; unit++) {
      const path = join(folder, `unit-${String(unit).padStart(3, '0')}.rbw`);
      copyFileSync(first, path);
      const session = await DocumentSession.open(path);
      const edits = answerEdits(session.index, 20, unit);
      setFields(
        session,
        edits.map((e) => ({ itemId: e.itemId, field: 'answer' as const, value: e.value })),
        'bench',
      );
      session.close();
    }
    const plan = runs(1, quick ? 1 : 3);
    const child = async (mode: string): Promise<ChildResult[]> => {
      const results: ChildResult[] = [];
      for (let i = 0; i < plan.warmup + plan.runs; i++) {
        log(`  child: ${mode}`);
        const { stdout } = await run(
          process.execPath,
          ['--import', 'tsx', CHILD, mode, folder, REAL_WORKBOOK, [...sheets].join('\n')],
          { maxBuffer: 1 << 20 },
        );
        const result = JSON.parse(stdout.trim().split('\n').pop() as string) as ChildResult;
        if (i >= plan.warmup) results.push(result);
      }
      return results;
    };
    const both = await child('both');
    const standard = await child('standard');
    const floor = await child('floor');
    const idle = await child('idle');
    const times = (r: ChildResult[]) => r.map((x) => x.ms);
    const memory = (r: ChildResult[]) => r.map((x) => x.peakRssMB);
    const baseline = { what: `exceljs read + HyperFormula build × ${DOCUMENTS}`, samples: times(floor) };
    const idleMB = median(memory(idle));
    return [
      figure({
        id: 'portfolio.both.time',
        case: 7,
        what: `Score ${DOCUMENTS} documents, both rules (open, standard + workbook rule, summaries, close)`,
        samples: times(both),
        baseline,
        target: targets.medianBelow(5000),
      }),
      figure({
        id: 'portfolio.both.memory',
        case: 7,
        what: 'Peak RSS of that process',
        unit: 'MB',
        samples: memory(both),
        target: targets.below(500, 'MB'),
        note: `a process that only loads the same modules peaks at ${idleMB.toFixed(0)} MB`,
      }),
      figure({
        id: 'portfolio.standard.time',
        case: 7,
        what: `Score ${DOCUMENTS} documents, standard rule only`,
        samples: times(standard),
        baseline,
        target: targets.medianBelow(5000),
      }),
      figure({
        id: 'portfolio.standard.memory',
        case: 7,
        what: 'Peak RSS of that process',
        unit: 'MB',
        samples: memory(standard),
        target: targets.below(500, 'MB'),
      }),
      figure({
        id: 'portfolio.floor.memory',
        case: 7,
        what: `Peak RSS of the floor (exceljs read + HyperFormula build × ${DOCUMENTS})`,
        unit: 'MB',
        samples: memory(floor),
      }),
    ];
  },
};
