import { ProblemError } from '../../shared/problem';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import { WorkbookLayoutSchema } from '../../shared/workbook/read/layout';
import { Budget, BudgetExceeded } from '../../shared/workbook/graph/closure';
import { FormulaGraph } from '../../shared/workbook/graph/formula-graph';
import { findStructure } from '../../shared/workbook/graph/structure';
import { withTokensShared } from '../../shared/workbook/formula/tokenize';
import type { ReadWorkbook } from './read-workbook';
import { readWorkbookBytes, readWorkbookFile } from './read-workbook';
import { WorkbookEngine } from './workbook-engine';
import { importByFormulas } from './import/by-formulas';
import { importByLabels } from './import/by-labels';
import { forAnswerSet } from './import/answer-sets';
import type { ImportedWorkbook, ImportOptions } from './imported-workbook';
import { unreadableFindings } from './import/unreadable-findings';
import { sortFindings } from '../../shared/workbook/findings/finding';
export type { AnswerSet, ImportedWorkbook, ImportOptions, PriorYear, ReviewerSet } from './imported-workbook';

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
  // Every pass below (graph, structure, template, engine) reads the same formulas: tokenized once.
  return withTokensShared(() => analyse(read, options));
}

function analyse(read: ReadWorkbook, options: ImportOptions): ImportedWorkbook {
  const budget = new Budget();
  try {
    const graph = new FormulaGraph(read.data);
    const structure = findStructure(graph, budget);
    if (structure) {
      const byFormulas = importByFormulas(read, graph, structure, options);
      if (byFormulas)
        return options.sheet === undefined ? byFormulas : forAnswerSet(byFormulas, options.sheet);
    }
    return withUnreadable(importByLabels(read, options), graph, read);
  } catch (error) {
    if (error instanceof BudgetExceeded)
      throw new ProblemError([{ code: 'workbook.tooComplex', where: { file: read.file } }]);
    throw error;
  }
}

/**
 * A workbook read by its labels (its formulas did not give its structure) still says which of its
 * formulas the workbench could not read: one line each naming the file, sheet and cell.
 */
function withUnreadable(
  imported: ImportedWorkbook,
  graph: FormulaGraph,
  read: ReadWorkbook,
): ImportedWorkbook {
  const sheet = read.data.sheets.findIndex((s) => s.name === imported.layout.sheet);
  if (sheet < 0) return imported;
  const said = new Set(imported.findings.map((f) => `${f.code} ${f.where.cell}`));
  const unreadable = unreadableFindings(graph, sheet, imported.layout.sheet)
    .filter((f) => !said.has(`${f.code} ${f.where.cell}`))
    .map((f) => ({ ...f, where: { file: imported.file, ...f.where } }));
  if (!unreadable.length) return imported;
  return { ...imported, findings: sortFindings([...imported.findings, ...unreadable]) };
}
