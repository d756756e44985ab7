import { readFile } from 'node:fs/promises';
import type { RawCellContent } from 'hyperformula';
import { HyperFormula } from 'hyperformula';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { readWorkbookBytes } from '../../service/workbooks/read-workbook';
import { WorkbookEngine } from '../../service/workbooks/workbook-engine';
import { WorkbookScorer } from '../../service/workbooks/workbook-scorer';
import { Scorer } from '../../shared/scoring/scorer';
import { summarize } from '../../shared/scoring/summarize';
import type { AnswerValue } from '../../shared/template/answer-type';
import { indexTemplate } from '../../shared/template/template-index';
import { bestAnswers } from '../../test/support/best-answers';
import { largeTemplate } from '../../test/support/large-template';
import { numberOf } from '../../shared/workbook/read/cell-result';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import { neededSheets } from '../../shared/workbook/graph/needed-sheets';
import type { WorkbookData } from '../../shared/workbook/read/sheet-data';
import type { BenchCase } from '../support/bench-case';
import { figure, targets } from '../support/figure';
import type { AnswerEdit } from '../support/edits';
import { answerEdits } from '../support/edits';
import { REAL_WORKBOOK } from '../support/files';
import { readAndBuild } from '../support/floor';
import { workbookFor } from '../support/large-workbook';
import { sample, sampleEach } from '../support/measure';

/**
 * Case 4: the workbook rule (the workbook's own formulas in HyperFormula) after one answer changed: the
 * engine alone (answer written, total read), and the whole step the app takes per edit (engine, the
 * workbook scorer and the summary the screen gets). On the real workbook, and on a generated
 * 5,000-indicator workbook written with the real workbook's formulas.
 */
export const workbookRuleCase: BenchCase = {
  name: 'workbook-rule',
  title: 'Workbook rule: recalculation after one edit',
  run: async ({ quick, runs, log }) => {
    const count = quick ? 200 : 1000;
    log('  real workbook');
    const imported = await importWorkbook(REAL_WORKBOOK);
    const { engine, layout } = imported;
    const index = indexTemplate(imported.template);
    const answerCol = layout.columns.unit.answer;
    const writable = (id: string): boolean => {
      const row = layout.rows[id];
      return row !== undefined && engine.formulaAt(row, answerCol) === undefined;
    };
    const edits = answerEdits(index, 2 * count + 200, 7, writable);
    const bytes = await readFile(REAL_WORKBOOK);
    const floorReal = await readAndBuild(
      bytes,
      neededSheets((await readWorkbookBytes(bytes, 'lke.xlsx')).data, layout.sheet),
    );
    const realFloor = rawEdits(floorReal, layout, edits.slice(0, count + 100), 100);
    floorReal.destroy();
    const real = sampleEach(
      (i) => {
        const e = edits[i] as (typeof edits)[number];
        engine.setAnswer(e.itemId, e.value);
        return engine.total();
      },
      count,
      100,
    );
    const answers = new Map<string, AnswerValue>();
    for (const [id, record] of Object.entries(imported.records))
      if (record.answer !== null) answers.set(id, record.answer);
    const scorer = new WorkbookScorer(index, engine, answers);
    const step = sampleEach(
      (i) => {
        const e = edits[count + 100 + i] as (typeof edits)[number];
        engine.setAnswer(e.itemId, e.value);
        scorer.setAnswers([[e.itemId, e.value]]);
        return summarize(scorer, { gains: 0 }).total;
      },
      count,
      100,
    );
    engine.destroy();

    log('  generated 5,000-indicator workbook');
    const large = indexTemplate(largeTemplate());
    const { data, layout: largeLayout } = workbookFor(large.template);
    const build = await sample(() => WorkbookEngine.build(data, largeLayout).destroy(), runs(1, 5));
    const largeEngine = WorkbookEngine.build(data, largeLayout);
    const best = bestAnswers(large);
    largeEngine.setAnswers(best);
    const largeEdits = answerEdits(large, count + 100, 11);
    const floorLarge = rawEngine(data);
    rawEdits(
      floorLarge,
      largeLayout,
      [...best].map(([itemId, value]) => ({ itemId, value })),
      0,
    );
    const largeFloor = rawEdits(floorLarge, largeLayout, largeEdits, 100);
    floorLarge.destroy();
    const check = new Scorer(large);
    check.setAnswers(best);
    const largeSamples = sampleEach(
      (i) => {
        const e = largeEdits[i] as (typeof largeEdits)[number];
        largeEngine.setAnswer(e.itemId, e.value);
        return largeEngine.total();
      },
      count,
      100,
    );
    for (const e of largeEdits) check.setAnswer(e.itemId, e.value);
    const engineTotal = numberOf(largeEngine.total());
    const agree = engineTotal !== null && Math.abs(engineTotal - check.total()) < 1e-9;
    largeEngine.destroy();
    if (!agree) log(`  ! generated workbook total ${engineTotal} differs from the Scorer's ${check.total()}`);
    return [
      figure({
        id: 'workbook.edit.real',
        case: 4,
        what: 'One edit, workbook rule, real ZI workbook (engine.setAnswer + total)',
        samples: real,
        baseline: { what: 'HyperFormula alone: the answer cell set, the total read', samples: realFloor },
        target: targets.medianBelow(1),
      }),
      figure({
        id: 'workbook.step.real',
        case: 4,
        what: 'Same, as the app does per edit (engine + workbook scorer + summary for the screen)',
        samples: step,
        baseline: { what: 'HyperFormula alone: the answer cell set, the total read', samples: realFloor },
      }),
      figure({
        id: 'workbook.edit.large',
        case: 4,
        what: 'One edit, workbook rule, generated 5,000-indicator workbook (engine.setAnswer + total)',
        samples: largeSamples,
        baseline: { what: 'HyperFormula alone: the answer cell set, the total read', samples: largeFloor },
        target: targets.medianBelow(1),
        note: agree
          ? 'total after the edits equals the standard rule (same formulas as the real workbook)'
          : `total ${engineTotal} differs from the standard rule's ${check.total()}`,
      }),
      figure({
        id: 'workbook.build.large',
        case: 4,
        what: 'HyperFormula build of that generated workbook (for scale)',
        samples: build,
      }),
    ];
  },
};

/**
 * The floor of one edit: the answer written straight into HyperFormula (text as text, as the engine
 * writes it) and the total read, no wrapper. Returns the times of the edits after the first `warmup`.
 */
function rawEdits(
  hf: HyperFormula,
  layout: WorkbookLayout,
  edits: readonly AnswerEdit[],
  warmup: number,
): number[] {
  const sheet = hf.getSheetId(layout.sheet) as number;
  const col = layout.columns.unit.answer;
  const total = layout.total as { row: number; col: number };
  return sampleEach(
    (i) => {
      const e = edits[i] as AnswerEdit;
      const content = typeof e.value === 'string' ? `'${e.value}` : e.value;
      hf.setCellContents({ sheet, row: layout.rows[e.itemId] as number, col }, [[content]]);
      return hf.getCellValue({ sheet, row: total.row, col: total.col });
    },
    edits.length - warmup,
    warmup,
  );
}

/** HyperFormula built straight from generated sheet data (formulas as "=" + formula). */
function rawEngine(data: WorkbookData): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of data.sheets) {
    sheets[sheet.name] = Array.from(sheet.rows, (row) =>
      Array.from(row ?? [], (cell) =>
        cell?.formula
          ? `=${cell.formula}`
          : typeof cell?.value === 'string'
            ? `'${cell.value}`
            : (cell?.value ?? null),
      ),
    );
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false, undoLimit: 0 });
}
