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
import type { CellValue, SheetData } from '../../shared/workbook/read/sheet-data';
import { cellAt } from '../../shared/workbook/read/sheet-data';
import { standardGroupFormula, standardIndicatorFormula } from '../../shared/export/standard-formulas';
import { trialAnswers } from '../../shared/workbook/findings/trial-answers';
import type { WorkbookEngine } from './workbook-engine';
import type { Fix } from './measure-effects';
import { differenceExplained, measureEffects } from './measure-effects';

const TRIAL_SEEDS = [1, 2, 3, 4];

/** A node the workbook scores differently, and the answers it was seen with (undefined: the file's). */
interface Seen extends NodeMismatch {
  trial?: number;
}

/**
 * Every place where the workbook's formula scores differently from the standard rule: checked on the
 * file's own answers and on a few seeded answer sets (a wrong range can agree by chance), then measured
 * on the file's answers by putting the standard formula in its place and reading the sheet's total
 * again. A difference seen only with trial answers says so and says what the cell shows with the
 * file's. The last finding states the sheet's difference and how much the listed effects explain. The
 * engine is left exactly as it was.
 */
export function compareRules(
  engine: WorkbookEngine,
  index: TemplateIndex,
  sheet: SheetData,
  answers: Map<string, AnswerValue>,
  known: Finding[],
  /** False: the findings without their effects (nothing recalculated per finding). */
  effects = true,
): Finding[] {
  const { layout } = engine;
  const valueCol = layout.columns.unit.value;
  if (valueCol === undefined || !layout.total) return [];
  const scorer = new Scorer(index);
  const first = new Map<string, Seen>();
  const check = (trial?: number): void => {
    for (const mismatch of compareNodes(scorer, (id) => engine.nodeValue(id), engine.total())) {
      if (!first.has(mismatch.nodeId))
        first.set(mismatch.nodeId, trial === undefined ? mismatch : { ...mismatch, trial });
    }
  };
  scorer.setAnswers(answers);
  check();
  // What the trials have put in the answer cells, by row: a cell already holding a trial's answer is not
  // written again (nor recalculated with what reads it). The first trial writes every cell (it may hold
  // a formula).
  const written = new Map<number, AnswerValue | null>();
  for (const seed of TRIAL_SEEDS) {
    const trial = trialAnswers(index, seed);
    writeChanged(engine, cellsOf(layout, trial), written);
    scorer.clear();
    scorer.setAnswers([...trial].filter((e): e is [string, AnswerValue] => e[1] !== null));
    check(seed);
  }
  restoreAnswers(engine, index, sheet, written);
  const findings: Finding[] = [];
  const fixes: Fix[] = [];
  for (const mismatch of first.values()) {
    const found = describe(engine, index, sheet, mismatch, valueCol, known, fixes);
    if (found) findings.push(found);
  }
  if (effects) measureEffects(engine, fixes);
  scorer.clear();
  scorer.setAnswers(answers);
  const explained = differenceExplained(engine, sheet.name, scorer.total(), [...known, ...findings]);
  return explained ? [...findings, explained] : findings;
}

/**
 * Puts back what the workbook's answer cells held when it was opened (their values); a cell known to
 * hold that value already (`written`, by row) is left as it is.
 */
export function restoreAnswers(
  engine: WorkbookEngine,
  index: TemplateIndex,
  sheet: SheetData,
  written: Map<number, CellValue | AnswerValue> = new Map(),
): void {
  const col = engine.layout.columns.unit.answer;
  const cells = new Map<number, CellValue>();
  for (const answerable of index.answerableOrder) {
    const row = engine.layout.rows[answerable.id];
    if (row !== undefined) cells.set(row, cellAt(sheet, row, col)?.value ?? null);
  }
  writeChanged(engine, cells, written);
}

/** Each answer's cell, by row (of two answers in one cell, the later one, as writing them in turn). */
function cellsOf(
  layout: WorkbookLayout,
  answers: Map<string, AnswerValue | null>,
): Map<number, AnswerValue | null> {
  const cells = new Map<number, AnswerValue | null>();
  for (const [id, value] of answers) {
    const row = layout.rows[id];
    if (row === undefined) throw new Error(`No unit answer cell for ${id}`);
    cells.set(row, value);
  }
  return cells;
}

/** Writes into the answer cells, in one recalculation, the values they do not hold yet (see `written`). */
function writeChanged(
  engine: WorkbookEngine,
  cells: Map<number, CellValue | AnswerValue>,
  written: Map<number, CellValue | AnswerValue>,
): void {
  const col = engine.layout.columns.unit.answer;
  engine.batch(() => {
    for (const [row, value] of cells)
      if (!written.has(row) || written.get(row) !== value) engine.write(row, col, value);
  });
  for (const [row, value] of cells) written.set(row, value);
}

function describe(
  engine: WorkbookEngine,
  index: TemplateIndex,
  sheet: SheetData,
  mismatch: Seen,
  valueCol: number,
  known: Finding[],
  fixes: Fix[],
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
  const measured = {
    ...(workbookFormula ? { workbookFormula } : {}),
    ...(standard ? { standardFormula: standard } : {}),
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
    if (existing.standardFormula)
      fixes.push({
        finding: existing,
        row,
        col: layout.columns.unit.answer,
        formula: existing.standardFormula,
      });
    return null;
  }
  if (existing) {
    Object.assign(existing, measured);
    if (standard) fixes.push({ finding: existing, row, col: valueCol, formula: standard });
    return null;
  }
  const node = group ?? indicator;
  // A formula the workbench could not read stands as the result stored in the file: what it gives with
  // other answers is unknown, so a difference seen only with trial answers says nothing about the file.
  const unread = !!cellAt(sheet, row, valueCol)?.formula && engine.formulaAt(row, valueCol) === undefined;
  if (unread && mismatch.trial !== undefined) return null;
  // An empty answer the formula counts (as 0, or a "-" shown) where the rule leaves the row unanswered.
  const countsBlank = mismatch.expected === null && numberOf(mismatch.workbook) !== null;
  const onTrial = mismatch.trial !== undefined;
  // Seen only with trial answers: with the file's own the cell agrees with the rule; say what it shows.
  const fileShown = engine.nodeValue(mismatch.nodeId);
  const fileValue = numberOf(fileShown) ?? resultText(fileShown);
  const code = countsBlank
    ? onTrial
      ? 'finding.formulaCountsBlankOnTrial'
      : 'finding.formulaCountsBlank'
    : onTrial
      ? 'finding.formulaDiffersOnTrial'
      : 'finding.formulaDiffers';
  const finding: Finding = {
    code,
    severity: 'difference',
    params: {
      id: mismatch.nodeId,
      title: node?.title ?? '',
      shown: numberOf(mismatch.workbook) ?? resultText(mismatch.workbook),
      expected: numberOf(mismatch.expected) ?? resultText(mismatch.expected),
      ...(onTrial ? { trial: mismatch.trial as number, fileValue } : {}),
    },
    where: { sheet: sheet.name, cell: cellName(row, valueCol) },
    nodeId: mismatch.nodeId,
    ...measured,
    ...(onTrial ? { trial: mismatch.trial as number, fileValue } : {}),
  };
  if (standard) fixes.push({ finding, row, col: valueCol, formula: standard });
  return finding;
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
