import { ProblemError } from '../../../shared/problem';
import { indexTemplate } from '../../../shared/template/template-index';
import { buildRowTree } from '../../../shared/workbook/read/build-row-tree';
import { findHeader } from '../../../shared/workbook/read/find-header';
import { matchBuiltinTemplate } from '../../../shared/workbook/derive-template/match-builtin';
import { matchQuestions } from '../../../shared/workbook/derive-template/match-questions';
import { builtinTemplates } from '../../../shared/builtin-templates';
import { addedTotalCells, grandTotalCell, withStatedTotals } from '../../../shared/workbook/read/grand-total';
import type { ColumnMap, WorkbookLayout } from '../../../shared/workbook/read/layout';
import type { PlannedGroup } from '../../../shared/workbook/derive-template/plan-template';
import { planRows, planTemplate } from '../../../shared/workbook/derive-template/plan-template';
import { readColumns } from '../../../shared/workbook/read/read-columns';
import { readRows } from '../../../shared/workbook/read/read-rows';
import type { SheetData } from '../../../shared/workbook/read/sheet-data';
import { cellAt } from '../../../shared/workbook/read/sheet-data';
import { flatten } from '../probe-rows';
import type { ReadWorkbook } from '../read-workbook';
import { finishImport } from './finish-import';
import { importByCellMap, importByMatch } from './by-match';
import type { ImportedWorkbook, ImportOptions } from '../imported-workbook';

/**
 * A workbook whose scores are typed or written by an application (no total computed from question
 * formulas): the sheet and its columns found by their headers, the tree by its numbering.
 */
export function importByLabels(read: ReadWorkbook, options: ImportOptions): ImportedWorkbook {
  const { file, data } = read;
  const notLke = (code: string, sheet?: string): ProblemError =>
    new ProblemError([{ code, where: { file, ...(sheet !== undefined ? { sheet } : {}) } }]);
  const header = findHeader(data);
  if (!header) throw notLke('workbook.notLke');
  const { sheet } = header;
  const columns = readColumns(header);
  if (!columns) throw notLke('workbook.noHierarchy', sheet.name);
  const rows = readRows(sheet, columns, header.last + 1);
  const tree = withStatedTotals(buildRowTree(rows), sheet, columns);
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
