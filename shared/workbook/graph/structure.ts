import type { Budget } from './closure';
import { closureOf } from './closure';
import { cellName } from '../read/cell-address';
import type { FormulaCell, FormulaGraph } from './formula-graph';
import type { RowReading } from './question-formulas';
import { isGroupReading, isQuestionReading, rowReading } from './question-formulas';
import type { Total } from './totals';
import { findTotals } from './totals';

/** A workbook needs at least this many question formulas under its total to score by its own formulas. */
const MIN_QUESTIONS = 3;
/** Blocks side by side share most of their question rows. */
const PARALLEL_SHARE = 0.5;

/**
 * One tree of formulas over its own columns of the LKE sheet: this year's answers, last year's, or a
 * reviewer's. Columns are 0-based; the roles come from what the formulas do with each column.
 */
export interface FormulaBlock {
  /** The block's own total (the root of its tree on the LKE sheet). */
  total: FormulaCell;
  /** Question rows → their value cell. */
  questions: Map<number, FormulaCell>;
  /** Group rows → their value cell (sub-areas, areas, components, totals). */
  groups: Map<number, { cell: FormulaCell; reading: RowReading }>;
  value: number;
  answer?: number;
  type?: number;
  weight?: number;
  /** Leftmost and rightmost column the block's formulas and inputs use. */
  first: number;
  last: number;
}

/** Another sheet holding the same questions (a unit's sheet beside the centre's). */
export interface AnswerSetSheet {
  sheet: number;
  block: FormulaBlock;
}

/** What the workbook's own formulas say about its structure. */
export interface WorkbookStructure {
  /** The result the workbook presents: the cell no formula reads that is built from the most answers. */
  headline: Total;
  /** The sheet holding most of the questions under the headline. */
  sheet: number;
  /** Trees side by side on that sheet, largest first; the headline's own block among them. */
  blocks: FormulaBlock[];
  /** Other sheets with the same questions that the headline also reads. */
  answerSets: AnswerSetSheet[];
}

/**
 * Reads the structure of an LKE from its formulas: the headline total, the sheet of the questions, the
 * blocks of columns side by side and the sheets of other answer sets. Null when no total is built from
 * question formulas (a workbook whose scores are typed or written by an application).
 */
export function findStructure(graph: FormulaGraph, budget: Budget): WorkbookStructure | null {
  const readings = new Map<FormulaCell, RowReading>();
  const readingOf = (cell: FormulaCell): RowReading => {
    let reading = readings.get(cell);
    if (!reading) readings.set(cell, (reading = rowReading(graph, cell, budget)));
    return reading;
  };
  const questionsIn = (total: Total, sheet?: number): FormulaCell[] =>
    total.closure.formulas.filter(
      (f) => (sheet === undefined || f.sheet === sheet) && isQuestionReading(readingOf(f)),
    );
  const headline = findTotals(graph, budget).find((t) => questionsIn(t).length >= MIN_QUESTIONS);
  if (!headline) return null;
  const perSheet = new Map<number, number>();
  for (const q of questionsIn(headline)) perSheet.set(q.sheet, (perSheet.get(q.sheet) ?? 0) + 1);
  const sheet = [...perSheet.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] as number;
  const blocks = blocksOf(graph, budget, sheet, readingOf, questionsIn);
  if (!blocks.length) return null;
  const main = blocks[0] as FormulaBlock;
  const answerSets: AnswerSetSheet[] = [];
  for (const [other] of perSheet) {
    if (other === sheet) continue;
    const block = blocksOf(graph, budget, other, readingOf, questionsIn)[0];
    if (block && shareOf(block.questions, main.questions) >= PARALLEL_SHARE)
      answerSets.push({ sheet: other, block });
  }
  return { headline, sheet, blocks, answerSets };
}

/**
 * The trees of one sheet: its own totals whose questions do not overlap, on parallel rows. Trees in the
 * same columns over other rows are the parts of one LKE whose grand total the workbook leaves out (each
 * component summed on its own): they are joined under a total the workbench adds.
 */
function blocksOf(
  graph: FormulaGraph,
  budget: Budget,
  sheet: number,
  readingOf: (cell: FormulaCell) => RowReading,
  questionsIn: (total: Total, sheet?: number) => FormulaCell[],
): FormulaBlock[] {
  const blocks: FormulaBlock[] = [];
  const taken = new Set<FormulaCell>();
  const totals = findTotals(graph, budget, sheet);
  const parts: Total[] = [];
  for (const total of totals) {
    const questions = questionsIn(total, sheet);
    if (!questions.length || questions.some((q) => taken.has(q))) continue;
    const first = blocks[0];
    if (questions.length < MIN_QUESTIONS) {
      if (first) parts.push(total);
      continue;
    }
    const block = blockOf(total, questions, sheet, readingOf);
    if (first && block.value === first.value && shareOf(block.questions, first.questions) === 0) {
      parts.push(total);
      for (const q of questions) taken.add(q);
      continue;
    }
    if (first && (block.value === first.value || shareOf(block.questions, first.questions) < PARALLEL_SHARE))
      continue;
    for (const q of questions) taken.add(q);
    blocks.push(block);
  }
  const main = blocks[0];
  // A tree inside the main tree's rows is a part its formulas forget (a defect the numbering still
  // places); only trees beside it, above or below, are components of their own.
  const rows = main ? [...main.questions.keys()] : [];
  const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
  const beside = (p: Total): boolean => questionsIn(p, sheet).every((q) => q.row < top || q.row > bottom);
  // A part is a component (its root adds up rows below it), not a lone question row left outside.
  const component = (p: Total): boolean => isGroupReading(readingOf(p.cell));
  const joined = parts.filter((p) => main && p.cell.col === main.total.col && beside(p) && component(p));
  if (!main || !joined.length) return blocks;
  const roots = [main.total, ...joined.map((p) => p.cell)];
  const total = joinedTotal(graph, sheet, roots);
  const closure = {
    formulas: [total, ...roots.flatMap((cell) => closureOf(graph, cell, budget).formulas)],
    inputs: new Set<number>(),
  };
  const questions = [...main.questions.values(), ...joined.flatMap((p) => questionsIn(p, sheet))];
  blocks[0] = blockOf({ cell: total, closure }, questions, sheet, readingOf);
  return blocks;
}

/**
 * A grand total the workbook does not have: the sum of its parts' totals, placed two rows below the
 * sheet's last row in their column (where the engine will compute it too).
 */
function joinedTotal(graph: FormulaGraph, sheet: number, roots: FormulaCell[]): FormulaCell {
  const col = (roots[0] as FormulaCell).col;
  const rows = graph.data.sheets[sheet]?.rows.length ?? 0;
  const cells = [...roots].sort((a, b) => a.row - b.row);
  const text = `SUM(${cells.map((c) => cellName(c.row, c.col)).join(',')})`;
  return {
    sheet,
    row: rows + 1,
    col,
    text,
    readable: true,
    compares: [],
    references: cells.map((c) => ({
      sheet,
      top: c.row,
      bottom: c.row,
      left: c.col,
      right: c.col,
      polarity: 'adds' as const,
    })),
    added: true,
  };
}

function blockOf(
  total: Total,
  questions: FormulaCell[],
  sheet: number,
  readingOf: (cell: FormulaCell) => RowReading,
): FormulaBlock {
  const value = mode(questions.map((q) => q.col)) as number;
  const inValueColumn = questions.filter((q) => q.col === value);
  const byRow = new Map(inValueColumn.map((q) => [q.row, q]));
  const type = typeColumn(inValueColumn.map(readingOf));
  const answer = mode(
    inValueColumn
      .flatMap((q) => [...readingOf(q).ownInputs, ...readingOf(q).ownFormulas])
      .filter((c) => c !== type),
  );
  // Groups add up value cells; a `%` answer computed from its `Jumlah` inputs is no group.
  const groups = new Map<number, { cell: FormulaCell; reading: RowReading }>();
  for (const cell of total.closure.formulas) {
    if (cell.sheet !== sheet || cell.col === answer) continue;
    const reading = readingOf(cell);
    if (isGroupReading(reading) && !groups.has(cell.row)) groups.set(cell.row, { cell, reading });
  }
  const weight = mode([...groups.values()].flatMap((g) => [...g.reading.ownInputs]));
  const columns = [
    value,
    ...[answer, type, weight].filter((c): c is number => c !== undefined),
    ...[...groups.values()].map((g) => g.cell.col),
  ];
  return {
    total: total.cell,
    questions: byRow,
    groups,
    value,
    ...(answer !== undefined ? { answer } : {}),
    ...(type !== undefined ? { type } : {}),
    ...(weight !== undefined ? { weight } : {}),
    first: Math.min(...columns),
    last: Math.max(...columns),
  };
}

/**
 * The column of answer types ("A/B/C", "Ya/Tidak", "Y/T"): the own-row column a question's formula
 * compares with type names, which contain a slash, rather than with answers.
 */
function typeColumn(readings: RowReading[]): number | undefined {
  const votes = new Map<number, number>();
  for (const reading of readings) {
    for (const [col, literals] of reading.literals) {
      if (literals.some((l) => l.includes('/'))) votes.set(col, (votes.get(col) ?? 0) + 1);
    }
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= Math.max(2, readings.length * 0.2) ? best[0] : undefined;
}

/** The most frequent value; ties go to the leftmost column. */
function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

/** The share of `a`'s rows that `b` also has. */
function shareOf(a: Map<number, unknown>, b: Map<number, unknown>): number {
  if (!a.size) return 0;
  let both = 0;
  for (const row of a.keys()) if (b.has(row)) both++;
  return both / a.size;
}
