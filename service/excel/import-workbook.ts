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
import { builtinTemplates } from '../../shared/builtin-templates';
import { addedTotalCells, grandTotalCell } from '../../shared/workbook/grand-total';
import type { ColumnMap, WorkbookLayout } from '../../shared/workbook/layout';
import { WorkbookLayoutSchema } from '../../shared/workbook/layout';
import type { PlannedGroup } from '../../shared/workbook/plan-template';
import { planRows, planTemplate } from '../../shared/workbook/plan-template';
import { readColumns } from '../../shared/workbook/read-columns';
import { readRecords } from '../../shared/workbook/read-records';
import { readRows } from '../../shared/workbook/read-rows';
import type { SheetData } from '../../shared/workbook/sheet-data';
import { cellAt, textAt } from '../../shared/workbook/sheet-data';
import { compareRules } from './compare-rules';
import { engineDifferences, engineFindings } from './engine-findings';
import { flatten, probeRows } from './probe-rows';
import type { ReadWorkbook } from './read-workbook';
import { readWorkbookBytes, readWorkbookFile } from './read-workbook';
import { WorkbookEngine } from './workbook-engine';

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
  const plan = planTemplate(tree, sheet, columns);
  if (!flatten(plan).length) throw notLke('workbook.noQuestions', sheet.name);
  if (columns.weight === undefined && columns.unit.value === undefined) {
    const match = matchBuiltinTemplate(sheet, columns, builtinTemplates());
    if (match) return importByCellMap(read, header, columns, match);
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
  const engine = WorkbookEngine.build(data, layout);
  try {
    const differences = engineDifferences(engine, sheet);
    const probes = probeRows(engine, plan, sheet, columns);
    const types = deriveAnswerTypes(flatten(plan), probes);
    const built = buildTemplate(plan, sheet, columns, types, probes);
    const assembled = assembleTemplate(built, {
      file,
      sheet: sheet.name,
      titleText: titleText(sheet, header.first),
      ...(columns.unit.year !== undefined ? { year: columns.unit.year } : {}),
    });
    if (!assembled.ok)
      throw new ProblemError(assembled.problems.map((p) => ({ ...p, where: { file, sheet: sheet.name } })));
    const template = assembled.value;
    const index = indexTemplate(template);
    const found = readRecords(sheet, columns, index, built.rows);
    const answers = answersOf(found.records);
    const findings = [
      ...built.findings,
      ...found.findings,
      ...breakdownFindings(flatten(plan), sheet, columns),
    ];
    if (options.compareRules !== false)
      findings.push(...compareRules(engine, index, sheet, answers, findings));
    findings.push(...engineFindings(engine, index, sheet), ...differences);
    const workbookTotal = engine.total();
    return {
      file,
      ...(read.convertedFrom ? { convertedFrom: read.convertedFrom } : {}),
      template,
      records: found.records,
      ...(found.prior && columns.prior
        ? { priorYear: priorYear(engine, index, found.prior, columns.prior) }
        : {}),
      findings: sortFindings(findings).map((f) => ({ ...f, where: { file, ...f.where } })),
      totals: {
        workbook: numberOf(workbookTotal),
        ...(errorOf(workbookTotal) ? { workbookError: errorOf(workbookTotal) } : {}),
        cached: total ? numberOf(cellAt(sheet, total.row, total.col)?.value ?? null) : null,
        standard: standardTotal(index, answers),
      },
      layout: { ...layout, rows: built.rows },
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
  const note: Finding = {
    code: 'finding.noFormulas',
    severity: 'info',
    params: { template: match.template.id },
    where: { file, sheet: sheet.name },
  };
  const answers = answersOf(found.records);
  return {
    file,
    ...(read.convertedFrom ? { convertedFrom: read.convertedFrom } : {}),
    template: match.template,
    records: found.records,
    findings: sortFindings([...found.findings, note]).map((f) => ({ ...f, where: { file, ...f.where } })),
    totals: { workbook: null, cached: null, standard: standardTotal(index, answers) },
    layout,
    xlsx: read.xlsx,
    engine: WorkbookEngine.build(data, layout),
  };
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
