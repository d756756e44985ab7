import type { AnswerRecord } from '../../shared/records/answer-record';
import { ProblemError } from '../../shared/problem';
import { Scorer } from '../../shared/scoring/scorer';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';
import type { Template } from '../../shared/template/template-schema';
import { assembleTemplate } from '../../shared/workbook/assemble-template';
import { breakdownFindings } from '../../shared/workbook/breakdown-findings';
import { buildRowTree } from '../../shared/workbook/build-row-tree';
import { buildTemplate } from '../../shared/workbook/build-template';
import type { CellResult } from '../../shared/workbook/cell-result';
import { numberOf } from '../../shared/workbook/cell-result';
import { deriveAnswerTypes } from '../../shared/workbook/derive-answer-types';
import type { Finding } from '../../shared/workbook/finding';
import { sortFindings } from '../../shared/workbook/finding';
import type { FoundHeader } from '../../shared/workbook/find-header';
import { findHeader } from '../../shared/workbook/find-header';
import type { BuiltinMatch } from '../../shared/workbook/match-builtin';
import { matchBuiltinTemplate } from '../../shared/workbook/match-builtin';
import type { QuestionMatch } from '../../shared/workbook/match-questions';
import { matchQuestions } from '../../shared/workbook/match-questions';
import type { LkeRow } from '../../shared/workbook/read-rows';
import { builtinTemplates } from '../../shared/builtin-templates';
import { addedTotalCells, grandTotalCell } from '../../shared/workbook/grand-total';
import type { ColumnMap, WorkbookLayout } from '../../shared/workbook/layout';
import { WorkbookLayoutSchema } from '../../shared/workbook/layout';
import type { PlannedGroup, PlannedNode } from '../../shared/workbook/plan-template';
import { planRows, planTemplate } from '../../shared/workbook/plan-template';
import { readColumns } from '../../shared/workbook/read-columns';
import { readRecords } from '../../shared/workbook/read-records';
import { readRows } from '../../shared/workbook/read-rows';
import type { SheetData } from '../../shared/workbook/sheet-data';
import { cellAt, textAt } from '../../shared/workbook/sheet-data';
import { cellName } from '../../shared/workbook/cell-address';
import { Budget, BudgetExceeded } from '../../shared/workbook/graph/closure';
import { columnsFromBlocks } from '../../shared/workbook/graph/block-columns';
import type { FormulaCell } from '../../shared/workbook/graph/formula-graph';
import { FormulaGraph } from '../../shared/workbook/graph/formula-graph';
import { reconcileTree } from '../../shared/workbook/graph/reconcile-tree';
import type { FormulaBlock, WorkbookStructure } from '../../shared/workbook/graph/structure';
import { findStructure } from '../../shared/workbook/graph/structure';
import { isCode, splitEmbeddedCode } from '../../shared/workbook/numbering';
import type { AnswerBlock, CellPlace } from '../../shared/workbook/layout';
import { compareRules } from './compare-rules';
import { engineDifferences, engineFindings } from './engine-findings';
import { flatten, probeRows } from './probe-rows';
import type { ReadWorkbook } from './read-workbook';
import { readWorkbookBytes, readWorkbookFile } from './read-workbook';
import { WorkbookEngine } from './workbook-engine';

/** Another sheet of the workbook holding the same questions (a unit's sheet beside the centre's). */
export interface AnswerSet {
  sheet: string;
  records: Record<string, AnswerRecord>;
  /** Its own total as the workbook computes it (null when it shows an error or has none). */
  workbookTotal: number | null;
  /** The error its total shows (#DIV/0! for a sub-area without answers). */
  workbookError?: string;
  standardTotal: number;
  answered: number;
}

/** A further reviewer's answers (a ministry's TPI beside the unit's TPI). */
export interface ReviewerSet {
  label: string;
  records: Record<string, AnswerRecord>;
  workbookTotal: number | null;
  standardTotal: number;
  answered: number;
}

/** Last year's block of a workbook that holds two years side by side. */
export interface PriorYear {
  /** Header of last year's answer column ("2022 Jawaban"), and its year when the header names one. */
  label: string;
  year?: number;
  records: Record<string, AnswerRecord>;
  /** Last year's total as the workbook computes it (null when it shows an error or has none). */
  workbookTotal: number | null;
  /** Last year's total by the standard rule, from the same template. */
  standardTotal: number;
}

/**
 * An LKE workbook read into the workbench.
 *
 * - `template`: derived from the workbook (tree, weights, answer types with the values its formulas
 *   give, `Jumlah` inputs and derived `%` rows, gates); valid per `checkTemplate`; ids follow the
 *   built-in templates' code path, so a ZI 2021 workbook has the ids of the built-in `zi-2021`.
 * - `records`: this year's unit answer, note, evidence and the reviewer's answer and note, keyed as
 *   documents key them (`recordIds`): every question, `Jumlah` input and derived `%` row (whose answer
 *   stays null: it is computed) has one.
 * - `priorYear`: last year's answers and totals, when the workbook holds two years.
 * - `findings`: where the workbook's formulas differ from the standard rule (with both formulas and the
 *   effect on the total), answers outside their options, unknown answer types, typed totals that
 *   disagree with their breakdown, weights that do not add up, divisions by zero, empty sub-areas.
 * - `totals.workbook`: the total as the workbook's own formulas compute it now (HyperFormula), null
 *   when the workbook shows an error (see `totals.workbookError` and the findings); `totals.cached`: the
 *   total Excel saved in the file; `totals.standard`: by the regulation's rule (the `Scorer`).
 * - `layout`: sheet, header rows, columns, the row of every node and the total cells: JSON, to be
 *   stored beside `xlsx`.
 * - `xlsx`: the .xlsx bytes the engine was built from (for .xls/.ods, LibreOffice's conversion).
 *   `openWorkbookEngine(xlsx, layout)` rebuilds a live engine from these two alone.
 * - `engine`: a live engine over this workbook, holding the file's answers; `destroy()` it when done.
 */
export interface ImportedWorkbook {
  file: string;
  convertedFrom?: string;
  template: Template;
  records: Record<string, AnswerRecord>;
  priorYear?: PriorYear;
  /** The other sheets of the same questions, when a summary sheet computes the headline from them. */
  answerSets?: AnswerSet[];
  /** Every reviewer block's answers and totals, the first (the document's reviewer) included. */
  reviewers?: ReviewerSet[];
  findings: Finding[];
  totals: {
    workbook: number | null;
    workbookError?: string;
    cached: number | null;
    standard: number;
  };
  layout: WorkbookLayout;
  xlsx: Buffer;
  engine: WorkbookEngine;
}

export interface ImportOptions {
  /**
   * The answer sheet to read as the workbook's answers when it holds several (a unit's sheet beside the
   * centre's): its answers, its own total, its own rows. Default: the sheet holding most questions.
   */
  sheet?: string;
  /**
   * Compare each node's formula with the standard rule (findings with both formulas and their effect).
   * A quarter of an import's time: the workbench skips it when opening a workbook and runs it when the
   * user asks for the findings. Default true.
   */
  compareRules?: boolean;
}

/** Imports an LKE workbook file (.xlsx, or .xls/.ods through LibreOffice); user errors are ProblemErrors. */
export async function importWorkbook(path: string, options: ImportOptions = {}): Promise<ImportedWorkbook> {
  return importRead(await readWorkbookFile(path), options);
}

/** Imports workbook bytes; `file` names the workbook in messages. */
export async function importWorkbookBytes(
  bytes: Uint8Array,
  file: string,
  options: ImportOptions = {},
): Promise<ImportedWorkbook> {
  return importRead(await readWorkbookBytes(bytes, file), options);
}

/** A live engine from stored .xlsx bytes and the layout found when the workbook was imported. */
export async function openWorkbookEngine(xlsx: Uint8Array, layout: WorkbookLayout): Promise<WorkbookEngine> {
  // The layout comes back from storage: checked like any other input crossing a boundary.
  const checked = WorkbookLayoutSchema.parse(layout);
  const read = await readWorkbookBytes(xlsx, checked.sheet);
  return WorkbookEngine.build(read.data, checked);
}

function importRead(read: ReadWorkbook, options: ImportOptions): ImportedWorkbook {
  const budget = new Budget();
  try {
    const graph = new FormulaGraph(read.data);
    const structure = findStructure(graph, budget);
    if (structure) {
      const byFormulas = importByFormulas(read, graph, structure, options);
      if (byFormulas)
        return options.sheet === undefined ? byFormulas : forAnswerSet(byFormulas, options.sheet);
    }
    return importByLabels(read, options);
  } catch (error) {
    if (error instanceof BudgetExceeded)
      throw new ProblemError([{ code: 'workbook.tooComplex', where: { file: read.file } }]);
    throw error;
  }
}

/**
 * A workbook that computes its own total: the formulas give the total, the sheet of the questions, the
 * blocks side by side and what each column holds; labels give titles, codes, notes and evidence.
 */
function importByFormulas(
  read: ReadWorkbook,
  graph: FormulaGraph,
  structure: WorkbookStructure,
  options: ImportOptions,
): ImportedWorkbook | null {
  const { data } = read;
  const sheet = data.sheets[structure.sheet] as SheetData;
  const leftmost = Math.min(...structure.blocks.map((b) => b.first));
  const found = findHeader({ sheets: [sheet], names: data.names });
  const firstRow = found ? found.last + 1 : firstNodeRow(sheet, structure.blocks, leftmost);
  const header = found
    ? { first: found.first, last: found.last, texts: found.texts, labels: found.labels }
    : null;
  const placed = columnsFromBlocks(sheet, structure.blocks, header, firstRow);
  if (!placed) return null;
  const { columns } = placed;
  const blockOf = (answer: AnswerBlock | undefined): FormulaBlock | undefined =>
    answer ? placed.placed.find((p) => p.answer.answer === answer.answer)?.block : undefined;
  const unitBlock = blockOf(columns.unit) as FormulaBlock;
  const rows = readRows(sheet, columns, firstRow);
  const numbering = buildRowTree(rows);
  const { tree, uncounted } = reconcileTree(numbering, rows, unitBlock, graph, structure.sheet);
  const plan = planTemplate(tree, sheet, columns, data);
  if (!flatten(plan).length) return null;
  const place = (cell: FormulaCell): CellPlace => ({
    ...(cell.sheet !== structure.sheet ? { sheet: graph.sheetNames[cell.sheet] as string } : {}),
    row: cell.row,
    col: cell.col,
    // A total the workbook lacks is added to the engine as this formula.
    ...(cell.added ? { formula: cell.text } : {}),
  });
  // The headline is the unit block's own total unless a summary sheet computes it from several sheets.
  const headlineElsewhere = structure.headline.cell.sheet !== structure.sheet;
  const priorBlock = blockOf(columns.prior);
  const reviewerBlocks = [columns.reviewer, ...(columns.reviewers ?? [])].filter(
    (b): b is AnswerBlock => b !== undefined,
  );
  const layout: WorkbookLayout = {
    sheet: sheet.name,
    headerRows: header
      ? { first: header.first, last: header.last }
      : { first: Math.max(0, firstRow - 1), last: Math.max(0, firstRow - 1) },
    columns,
    rows: planRows(plan),
    total: place(headlineElsewhere ? structure.headline.cell : unitBlock.total),
    ...(priorBlock ? { priorTotal: place(priorBlock.total) } : {}),
    ...(reviewerBlocks.length
      ? {
          reviewerTotals: reviewerBlocks.map((b) => {
            const block = blockOf(b);
            return block ? place(block.total) : null;
          }),
        }
      : {}),
    ...(headlineElsewhere ? { sheetTotal: place(unitBlock.total) } : {}),
    ...(structure.answerSets.length
      ? {
          answerSets: structure.answerSets
            .filter((set) => set.block.value === unitBlock.value && set.block.answer === unitBlock.answer)
            .map((set) => ({ sheet: graph.sheetNames[set.sheet] as string, total: place(set.block.total) })),
        }
      : {}),
  };
  const offsets = groupColumnOffsets(plan, unitBlock);
  if (Object.keys(offsets).length) layout.valueColumnOffsets = offsets;
  const extra: Finding[] = [];
  if (uncounted.length)
    extra.push({
      code: 'finding.rowsNotCounted',
      severity: 'warning',
      params: { count: uncounted.length, rows: rowRanges(uncounted) },
      where: { sheet: sheet.name, row: (uncounted[0] as number) + 1 },
    });
  for (const unreadable of graph.unreadable.filter((u) => u.sheet === structure.sheet).slice(0, 20))
    extra.push({
      code: 'finding.unreadableFormula',
      severity: 'warning',
      params: { reason: unreadable.reason },
      where: { sheet: sheet.name, cell: cellName(unreadable.row, unreadable.col) },
    });
  return finishImport(read, sheet, plan, layout, found?.first ?? firstRow, options, extra, graph);
}

/**
 * A workbook whose scores are typed or written by an application (no total computed from question
 * formulas): the sheet and its columns found by their headers, the tree by its numbering.
 */
function importByLabels(read: ReadWorkbook, options: ImportOptions): ImportedWorkbook {
  const { file, data } = read;
  const notLke = (code: string, sheet?: string): ProblemError =>
    new ProblemError([{ code, where: { file, ...(sheet !== undefined ? { sheet } : {}) } }]);
  const header = findHeader(data);
  if (!header) throw notLke('workbook.notLke');
  const { sheet } = header;
  const columns = readColumns(header);
  if (!columns) throw notLke('workbook.noHierarchy', sheet.name);
  const rows = readRows(sheet, columns, header.last + 1);
  const tree = buildRowTree(rows);
  const plan = planTemplate(tree, sheet, columns, data);
  if (!flatten(plan).length) throw notLke('workbook.noQuestions', sheet.name);
  if (!scoresByFormulas(sheet, columns, plan)) {
    // The template whose questions the sheet holds, found by their titles in order; the official cell map
    // of an upload sheet when the titles are the portal's own.
    const byQuestions = matchQuestions(rows, builtinTemplates());
    const byCellMap = matchBuiltinTemplate(sheet, columns, builtinTemplates());
    if (byQuestions && byCellMap?.template.id === byQuestions.template.id) {
      // The official cell map places every item; matching by title names what the sheet words otherwise.
      const placed = new Set(Object.values(byCellMap.rows));
      return importByMatch(read, header, columns, {
        ...byQuestions,
        rows: { ...byQuestions.rows, ...byCellMap.rows },
        matched: Object.keys({ ...byQuestions.rows, ...byCellMap.rows }).filter((id) =>
          indexTemplate(byQuestions.template).answerables.has(id),
        ).length,
        unmatched: byQuestions.unmatched.filter((r) => !placed.has(r.row)),
      });
    }
    if (byQuestions) return importByMatch(read, header, columns, byQuestions);
    if (byCellMap) return importByCellMap(read, header, columns, byCellMap);
  }
  const total = grandTotalCell(tree.totals, sheet, columns);
  const totals = total
    ? {
        total,
        ...(columns.prior?.value !== undefined
          ? { priorTotal: { row: total.row, col: columns.prior.value } }
          : {}),
      }
    : addedTotalCells(componentRows(plan), sheet, columns);
  const layout: WorkbookLayout = {
    sheet: sheet.name,
    headerRows: { first: header.first, last: header.last },
    columns,
    rows: planRows(plan),
    ...totals,
  };
  return finishImport(read, sheet, plan, layout, header.first, options, []);
}

/** What every import does once it knows the layout: probe, derive the template, read the answers. */
function finishImport(
  read: ReadWorkbook,
  sheet: SheetData,
  plan: PlannedGroup,
  layout: WorkbookLayout,
  titleRow: number,
  options: ImportOptions,
  extraFindings: Finding[],
  graph?: FormulaGraph,
): ImportedWorkbook {
  const { file, data } = read;
  const { columns } = layout;
  const engine = WorkbookEngine.build(data, layout);
  try {
    const differences = engineDifferences(engine, sheet);
    const valueCol = columns.unit.value;
    const sheetIndex = read.data.sheets.indexOf(sheet);
    const probes = probeRows(engine, plan, sheet, columns, (row) =>
      graph && valueCol !== undefined
        ? graph.sameScoringKey(sheetIndex, row, valueCol, columns.unit.answer)
        : null,
    );
    const types = deriveAnswerTypes(flatten(plan), probes);
    const built = buildTemplate(plan, sheet, columns, types, probes);
    const assembled = assembleTemplate(built, {
      file,
      sheet: sheet.name,
      titleText: titleText(sheet, titleRow),
      ...(columns.unit.year !== undefined ? { year: columns.unit.year } : {}),
    });
    if (!assembled.ok)
      throw new ProblemError(assembled.problems.map((p) => ({ ...p, where: { file, sheet: sheet.name } })));
    const template = assembled.value;
    const index = indexTemplate(template);
    const found = readRecords(sheet, columns, index, built.rows);
    const answers = answersOf(found.records);
    const findings = [
      ...extraFindings,
      ...built.findings,
      ...found.findings,
      ...breakdownFindings(flatten(plan), sheet, columns),
    ];
    if (options.compareRules !== false)
      findings.push(...compareRules(engine, index, sheet, answers, findings));
    findings.push(...engineFindings(engine, index, sheet), ...differences);
    const workbookTotal = engine.total();
    const finalLayout = { ...layout, rows: built.rows };
    const sets = answerSetsOf(read, engine, index, finalLayout, sheet);
    return {
      file,
      ...(read.convertedFrom ? { convertedFrom: read.convertedFrom } : {}),
      template,
      records: found.records,
      ...(found.prior && columns.prior
        ? { priorYear: priorYear(engine, index, found.prior, columns.prior) }
        : {}),
      ...(sets.length ? { answerSets: sets } : {}),
      ...(found.reviewers?.length
        ? { reviewers: reviewersOf(engine, index, found.reviewers, finalLayout) }
        : {}),
      findings: sortFindings(findings).map((f) => ({ ...f, where: { file, ...f.where } })),
      totals: {
        workbook: numberOf(workbookTotal),
        ...(errorOf(workbookTotal) ? { workbookError: errorOf(workbookTotal) } : {}),
        cached: layout.total ? cachedAt(data, sheet, layout.total) : null,
        standard: standardTotal(index, answers),
      },
      layout: finalLayout,
      xlsx: read.xlsx,
      engine,
    };
  } catch (error) {
    engine.destroy();
    throw error;
  }
}

/**
 * An upload sheet without weights or formulas, read with the built-in template whose cell map it
 * follows: records from the mapped rows, the standard total; the workbook itself computes nothing.
 */
function importByCellMap(
  read: ReadWorkbook,
  header: FoundHeader,
  columns: ColumnMap,
  match: BuiltinMatch,
  notes: Finding[] = [],
): ImportedWorkbook {
  const { file, data } = read;
  const { sheet } = header;
  const layout: WorkbookLayout = {
    sheet: sheet.name,
    headerRows: { first: header.first, last: header.last },
    columns,
    rows: match.rows,
  };
  const index = indexTemplate(match.template);
  const found = readRecords(sheet, columns, index, match.rows);
  const note: Finding = notes.length
    ? (notes[0] as Finding)
    : {
        code: 'finding.noFormulas',
        severity: 'info',
        params: { template: match.template.id },
        where: { file, sheet: sheet.name },
      };
  const answers = answersOf(found.records);
  const reviewers = (found.reviewers ?? []).map((reviewer) => {
    const given = answersOf(reviewer.records);
    return {
      label: reviewer.label,
      records: reviewer.records,
      workbookTotal: null,
      standardTotal: standardTotal(index, given),
      answered: given.size,
    };
  });
  return {
    file,
    ...(read.convertedFrom ? { convertedFrom: read.convertedFrom } : {}),
    template: match.template,
    records: found.records,
    ...(reviewers.length ? { reviewers } : {}),
    findings: sortFindings([...found.findings, note, ...notes.slice(1)]).map((f) => ({
      ...f,
      where: { file, ...f.where },
    })),
    totals: { workbook: null, cached: null, standard: standardTotal(index, answers) },
    layout,
    xlsx: read.xlsx,
    engine: WorkbookEngine.build(data, layout),
  };
}

/**
 * A workbook that computes no scores of its own (an application's export template): its questions
 * matched with a built-in template's, scored by that template's rule.
 */
function importByMatch(
  read: ReadWorkbook,
  header: FoundHeader,
  columns: ColumnMap,
  match: QuestionMatch,
): ImportedWorkbook {
  const { sheet } = header;
  const notes: Finding[] = [
    {
      code: 'finding.matchedTemplate',
      severity: 'info',
      params: { template: match.template.title, matched: match.matched, questions: match.answerables },
      where: { sheet: sheet.name },
    },
  ];
  if (match.unmatched.length)
    notes.push({
      code: 'finding.unmatchedRows',
      severity: 'warning',
      params: {
        count: match.unmatched.length,
        template: match.template.id,
        rows: match.unmatched
          .slice(0, 8)
          .map((r) => `${r.row + 1} "${r.title.slice(0, 40)}"`)
          .join('; ')
          .concat(match.unmatched.length > 8 ? '; …' : ''),
      },
      where: { sheet: sheet.name, row: (match.unmatched[0] as LkeRow).row + 1 },
    });
  return importByCellMap(read, header, columns, { template: match.template, rows: match.rows }, notes);
}

/**
 * Where the LKE starts when no header row names its columns: the first row holding a formula of a block,
 * and the numbered heading rows right above it ("A. PROSES" over its first area).
 */
function firstNodeRow(sheet: SheetData, blocks: FormulaBlock[], leftmost: number): number {
  let first = Math.min(...blocks.flatMap((b) => [...b.groups.keys(), ...b.questions.keys()]));
  for (let row = first - 1; row >= 0; row--) {
    let text = '';
    for (let col = 0; col < leftmost && !text; col++) text = textAt(sheet, row, col);
    if (!text) continue;
    if (!isCode(text) && !splitEmbeddedCode(text)) break;
    first = row;
  }
  return first;
}

/** Groups whose formula stands in another column than the questions' value column, by id. */
function groupColumnOffsets(plan: PlannedGroup, block: FormulaBlock): Record<string, number> {
  const offsets: Record<string, number> = {};
  const visit = (node: PlannedNode): void => {
    if (node.kind !== 'group') return;
    const cell = node.row === null ? undefined : block.groups.get(node.row)?.cell;
    if (cell && cell.col !== block.value) offsets[node.id] = cell.col - block.value;
    node.children.forEach(visit);
  };
  visit(plan);
  return offsets;
}

/** "12–15, 40" for 0-based rows, in the sheet's 1-based numbers. */
function rowRanges(rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    const a = (sorted[i] as number) + 1;
    const b = (sorted[j] as number) + 1;
    parts.push(a === b ? String(a) : `${a}–${b}`);
    i = j + 1;
  }
  return parts.length > 6 ? `${parts.slice(0, 6).join(', ')}, …` : parts.join(', ');
}

/** The total Excel saved in the file for a cell of any sheet. */
function cachedAt(data: ReadWorkbook['data'], sheet: SheetData, place: CellPlace): number | null {
  const on = place.sheet === undefined ? sheet : data.sheets.find((s) => s.name === place.sheet);
  return on ? numberOf(cellAt(on, place.row, place.col)?.value ?? null) : null;
}

/** Each other sheet of the same questions: its answers and its totals by both rules. */
function answerSetsOf(
  read: ReadWorkbook,
  engine: WorkbookEngine,
  index: TemplateIndex,
  layout: WorkbookLayout,
  main: SheetData,
): AnswerSet[] {
  if (!layout.answerSets?.length) return [];
  const sets: { sheet: SheetData; total?: CellPlace; rows: Record<string, number> }[] = [
    { sheet: main, ...(layout.sheetTotal ? { total: layout.sheetTotal } : {}), rows: layout.rows },
    ...layout.answerSets.flatMap((set) => {
      const sheet = read.data.sheets.find((s) => s.name === set.sheet);
      if (!sheet) return [];
      const rows = alignRows(main, sheet, layout.columns, layout.rows);
      if (rows !== layout.rows) set.rows = rows;
      return [{ sheet, ...(set.total ? { total: set.total } : {}), rows }];
    }),
  ];
  return sets.map(({ sheet, total, rows }) => {
    const records = readRecords(sheet, layout.columns, index, rows).records;
    const answers = answersOf(records);
    const shown = total ? engine.readCell({ ...total, sheet: total.sheet ?? sheet.name }) : null;
    return {
      sheet: sheet.name,
      records,
      workbookTotal: numberOf(shown),
      ...(errorOf(shown) ? { workbookError: errorOf(shown) } : {}),
      standardTotal: standardTotal(index, answers),
      answered: answers.size,
    };
  });
}

/**
 * The rows of another sheet of the same questions: the same rows, unless rows were inserted in one
 * sheet only; then each node's row is the nearest one whose titles read the same.
 */
function alignRows(
  main: SheetData,
  other: SheetData,
  columns: ColumnMap,
  rows: Record<string, number>,
): Record<string, number> {
  const titleOf = (sheet: SheetData, row: number): string => {
    const parts: string[] = [];
    for (let col = columns.hierarchy.first; col <= columns.hierarchy.last; col++)
      parts.push(textAt(sheet, row, col));
    return parts.join('|');
  };
  const entries = Object.entries(rows);
  if (entries.every(([, row]) => titleOf(main, row) === titleOf(other, row))) return rows;
  const aligned: Record<string, number> = {};
  // Rows move in runs: the offset of the previous row is tried first.
  let offset = 0;
  for (const [id, row] of entries.sort((a, b) => a[1] - b[1])) {
    const title = titleOf(main, row);
    const candidates = [row + offset];
    for (let step = 0; step <= 200; step++) candidates.push(row + step, row - step);
    const at = candidates.find((r) => r >= 0 && titleOf(other, r) === title);
    if (at === undefined) continue;
    aligned[id] = at;
    offset = at - row;
  }
  return aligned;
}

/**
 * The workbook read through another of its answer sheets: that sheet's answers and rows, its own total
 * as the workbook rule's total (the summary's headline stays listed among the answer sets).
 */
function forAnswerSet(imported: ImportedWorkbook, sheet: string): ImportedWorkbook {
  const { layout } = imported;
  const wanted = sheet.trim().toLowerCase();
  if (layout.sheet.trim().toLowerCase() === wanted) return imported;
  const set = layout.answerSets?.find((s) => s.sheet.trim().toLowerCase() === wanted);
  const read = imported.answerSets?.find((s) => s.sheet === set?.sheet);
  if (!set || !read) {
    imported.engine.destroy();
    throw new ProblemError([
      {
        code: 'workbook.noAnswerSheet',
        params: {
          sheet,
          sheets: [layout.sheet, ...(layout.answerSets ?? []).map((s) => s.sheet)].join(', '),
        },
        where: { file: imported.file },
      },
    ]);
  }
  const setLayout: WorkbookLayout = {
    ...layout,
    sheet: set.sheet,
    rows: set.rows ?? layout.rows,
    ...(set.total ? { total: { ...set.total, sheet: undefined } } : {}),
  };
  delete setLayout.total?.sheet;
  const { priorTotal: _prior, sheetTotal: _sheet, ...rest } = setLayout;
  return {
    ...imported,
    records: read.records,
    totals: { workbook: read.workbookTotal, cached: null, standard: read.standardTotal },
    layout: rest,
    engine: imported.engine.withLayout(rest),
    findings: imported.findings.filter((f) => f.where.sheet !== layout.sheet),
  };
}

/** Every reviewer block: its answers and its totals by both rules. */
function reviewersOf(
  engine: WorkbookEngine,
  index: TemplateIndex,
  found: { label: string; records: Record<string, AnswerRecord> }[],
  layout: WorkbookLayout,
): ReviewerSet[] {
  return found.map((reviewer, i) => {
    const answers = answersOf(reviewer.records);
    const total = layout.reviewerTotals?.[i];
    return {
      label: reviewer.label,
      records: reviewer.records,
      workbookTotal: total ? numberOf(engine.readCell(total)) : null,
      standardTotal: standardTotal(index, answers),
      answered: answers.size,
    };
  });
}

/** Whether the unit's value column computes the questions' values (its formulas score the LKE). */
function scoresByFormulas(sheet: SheetData, columns: ColumnMap, plan: PlannedGroup): boolean {
  const col = columns.unit.value;
  if (col === undefined) return false;
  return flatten(plan).some((q) => cellAt(sheet, q.row, col)?.formula);
}

/** Rows of the components (A. PENGUNGKIT, B. HASIL): what a workbook without a total row adds up. */
function componentRows(plan: PlannedGroup): number[] {
  return plan.children.map((c) => c.row).filter((r): r is number => r !== null);
}

function answersOf(records: Record<string, AnswerRecord>): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>();
  for (const [id, record] of Object.entries(records))
    if (record.answer !== null) answers.set(id, record.answer);
  return answers;
}

function standardTotal(index: TemplateIndex, answers: Map<string, AnswerValue>): number {
  const scorer = new Scorer(index);
  scorer.setAnswers(answers);
  return scorer.total();
}

function priorYear(
  engine: WorkbookEngine,
  index: TemplateIndex,
  records: Record<string, AnswerRecord>,
  block: WorkbookLayout['columns']['unit'],
): PriorYear {
  return {
    label: block.label,
    ...(block.year !== undefined ? { year: block.year } : {}),
    records,
    workbookTotal: numberOf(engine.priorTotal()),
    standardTotal: standardTotal(index, answersOf(records)),
  };
}

function errorOf(result: CellResult): string | undefined {
  return typeof result === 'object' && result !== null ? result.error : undefined;
}

/** The sheet name and the text above the header: where the model and the year are written. */
function titleText(sheet: SheetData, headerRow: number): string {
  const parts = [sheet.name];
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < (sheet.rows[row]?.length ?? 0); col++) parts.push(textAt(sheet, row, col));
  }
  return parts.join(' ');
}
