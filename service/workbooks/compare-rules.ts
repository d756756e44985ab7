import type { AnswerValue } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { Indicator } from '../../shared/template/template-schema';
import { Scorer } from '../../shared/scoring/scorer';
import { cellName } from '../../shared/workbook/read/cell-address';
import { numberOf, resultText } from '../../shared/workbook/read/cell-result';
import type { NodeMismatch } from '../../shared/workbook/findings/compare-nodes';
import { compareNodes } from '../../shared/workbook/findings/compare-nodes';
import type { Finding } from '../../shared/workbook/findings/finding';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import type { SheetData } from '../../shared/workbook/read/sheet-data';
import { cellAt } from '../../shared/workbook/read/sheet-data';
import { standardGroupFormula, standardIndicatorFormula } from '../../shared/export/standard-formulas';
import { trialAnswers } from '../../shared/workbook/findings/trial-answers';
import type { WorkbookEngine } from './workbook-engine';

const TRIAL_SEEDS = [1, 2, 3, 4];

/**
 * Every place where the workbook's formula scores differently from the standard rule: checked on the
 * current answers and on a few seeded answer sets (a wrong range can agree by chance), then measured by
 * putting the standard formula in its place and reading the total again. The engine is left exactly as
 * it was.
 */
export function compareRules(
  engine: WorkbookEngine,
  index: TemplateIndex,
  sheet: SheetData,
  answers: Map<string, AnswerValue>,
  known: Finding[],
): Finding[] {
  const { layout } = engine;
  const valueCol = layout.columns.unit.value;
  if (valueCol === undefined || !layout.total) return [];
  const scorer = new Scorer(index);
  const first = new Map<string, NodeMismatch>();
  const check = (): void => {
    for (const mismatch of compareNodes(scorer, (id) => engine.nodeValue(id), engine.total())) {
      if (!first.has(mismatch.nodeId)) first.set(mismatch.nodeId, mismatch);
    }
  };
  scorer.setAnswers(answers);
  check();
  for (const seed of TRIAL_SEEDS) {
    const trial = trialAnswers(index, seed);
    engine.setAnswers(trial);
    scorer.clear();
    scorer.setAnswers([...trial].filter((e): e is [string, AnswerValue] => e[1] !== null));
    check();
  }
  restoreAnswers(engine, index, sheet);
  const findings: Finding[] = [];
  for (const mismatch of first.values()) {
    const found = describe(engine, index, sheet, mismatch, valueCol, known);
    if (found) findings.push(found);
  }
  return findings;
}

/** Puts back what the workbook's answer cells held when it was opened. */
export function restoreAnswers(engine: WorkbookEngine, index: TemplateIndex, sheet: SheetData): void {
  const col = engine.layout.columns.unit.answer;
  engine.batch(() => {
    for (const answerable of index.answerableOrder) {
      const row = engine.layout.rows[answerable.id];
      if (row !== undefined) engine.write(row, col, cellAt(sheet, row, col)?.value ?? null);
    }
  });
}

function describe(
  engine: WorkbookEngine,
  index: TemplateIndex,
  sheet: SheetData,
  mismatch: NodeMismatch,
  valueCol: number,
  known: Finding[],
): Finding | null {
  const { layout } = engine;
  const row = layout.rows[mismatch.nodeId];
  if (row === undefined) return null;
  const group = index.groups.get(mismatch.nodeId);
  const indicator = index.indicators.get(mismatch.nodeId);
  const standard = group
    ? standardGroupFormula(group, layout.rows, layout.columns)
    : indicator
      ? indicatorFormula(indicator, index, row, layout)
      : null;
  const workbookFormula = cellAt(sheet, row, valueCol)?.formula ?? engine.formulaAt(row, valueCol);
  const effect = standard ? effectOf(engine, row, valueCol, standard) : undefined;
  const measured = {
    ...(workbookFormula ? { workbookFormula } : {}),
    ...(standard ? { standardFormula: standard } : {}),
    ...(effect !== undefined ? { effect } : {}),
  };
  const existing = known.find(
    (f) =>
      f.nodeId === mismatch.nodeId &&
      (f.code === 'finding.unknownAnswerType' ||
        f.code === 'finding.readsOtherRow' ||
        f.code === 'finding.foreignReference' ||
        f.code === 'finding.optionValuesDiffer'),
  );
  if (existing?.code === 'finding.foreignReference') {
    // The copy-paste is in the computed answer cell: its effect is measured there.
    const fixed = existing.standardFormula
      ? effectOf(engine, row, layout.columns.unit.answer, existing.standardFormula)
      : undefined;
    if (fixed !== undefined) existing.effect = fixed;
    return null;
  }
  if (existing) {
    Object.assign(existing, measured);
    return null;
  }
  const node = group ?? indicator;
  // An empty answer the formula counts (as 0, or a "-" shown) where the rule leaves the row unanswered.
  const countsBlank = mismatch.expected === null && numberOf(mismatch.workbook) !== null;
  return {
    code: countsBlank ? 'finding.formulaCountsBlank' : 'finding.formulaDiffers',
    severity: 'difference',
    params: {
      id: mismatch.nodeId,
      title: node?.title ?? '',
      shown: numberOf(mismatch.workbook) ?? resultText(mismatch.workbook),
      expected: numberOf(mismatch.expected) ?? resultText(mismatch.expected),
    },
    where: { sheet: sheet.name, cell: cellName(row, valueCol) },
    nodeId: mismatch.nodeId,
    ...measured,
  };
}

function indicatorFormula(
  indicator: Indicator,
  index: TemplateIndex,
  row: number,
  layout: WorkbookLayout,
): string | null {
  const type = index.answerTypes.get(indicator.answerType);
  return type ? standardIndicatorFormula(indicator, type, row, layout.columns) : null;
}

/** Workbook total minus the total with the standard formula in the cell; the cell is put back after. */
function effectOf(engine: WorkbookEngine, row: number, col: number, standard: string): number | undefined {
  const before = numberOf(engine.total());
  const original = engine.formulaAt(row, col);
  const originalValue = original === undefined ? engine.read(row, col) : null;
  engine.writeFormula(row, col, standard);
  const after = numberOf(engine.total());
  if (original === undefined) engine.write(row, col, originalValue);
  else engine.writeFormula(row, col, original);
  if (before === null || after === null) return undefined;
  return before - after;
}
