import { ProblemError } from '../../../shared/problem';
import type { TemplateIndex } from '../../../shared/template/template-index';
import { numberOf } from '../../../shared/workbook/read/cell-result';
import type { ColumnMap, WorkbookLayout } from '../../../shared/workbook/read/layout';
import { readRecords } from '../../../shared/workbook/read/read-records';
import type { SheetData } from '../../../shared/workbook/read/sheet-data';
import { textAt } from '../../../shared/workbook/read/sheet-data';
import type { CellPlace } from '../../../shared/workbook/read/layout';
import type { ReadWorkbook } from '../read-workbook';
import { WorkbookEngine } from '../workbook-engine';
import { answersOf, errorOf, standardTotal } from './answers';
import type { AnswerSet, ImportedWorkbook } from '../imported-workbook';

/** Each other sheet of the same questions: its answers and its totals by both rules. */
export function answerSetsOf(
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
export function forAnswerSet(imported: ImportedWorkbook, sheet: string): ImportedWorkbook {
  const { layout } = imported;
  const wanted = sheet.trim().toLowerCase();
  const main = layout.sheet.trim().toLowerCase() === wanted;
  // The LKE sheet itself: as it is, unless a summary computes the headline — then its own total.
  if (main && !layout.sheetTotal) return imported;
  const set = main
    ? { sheet: layout.sheet, total: layout.sheetTotal, rows: undefined }
    : layout.answerSets?.find((s) => s.sheet.trim().toLowerCase() === wanted);
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
  // With a headline on a summary sheet, the set is read as the LKE sheet was: its own total as the
  // sheet's, the headline kept, the LKE sheet among the other answer sets.
  const headlineKept = layout.sheetTotal && layout.total && set.total;
  const setLayout: WorkbookLayout = headlineKept
    ? {
        ...layout,
        sheet: set.sheet,
        rows: set.rows ?? layout.rows,
        sheetTotal: { ...(set.total as CellPlace), sheet: set.sheet },
        answerSets: [
          ...(main
            ? []
            : [
                {
                  sheet: layout.sheet,
                  total: { ...(layout.sheetTotal as CellPlace), sheet: layout.sheet },
                  rows: layout.rows,
                },
              ]),
          ...(layout.answerSets ?? []).filter((s) => s.sheet !== set.sheet),
        ],
      }
    : {
        ...layout,
        sheet: set.sheet,
        rows: set.rows ?? layout.rows,
        ...(set.total ? { total: { ...set.total, sheet: undefined } } : {}),
      };
  if (!headlineKept) delete setLayout.total?.sheet;
  const { priorTotal: _prior, sheetTotal: _sheet, ...without } = setLayout;
  const rest: WorkbookLayout = headlineKept ? { ...without, sheetTotal: setLayout.sheetTotal } : without;
  return {
    ...imported,
    // The title names the sheet read ('LKE Reformasi Birokrasi (lembar "LKE Unit 1")').
    template: {
      ...imported.template,
      title: imported.template.title.replace(`"${layout.sheet.trim()}"`, `"${set.sheet.trim()}"`),
    },
    records: read.records,
    totals: {
      workbook: read.workbookTotal,
      ...(read.workbookError ? { workbookError: read.workbookError } : {}),
      ...(headlineKept ? { ofSheet: set.sheet } : {}),
      cached: null,
      standard: read.standardTotal,
    },
    layout: rest,
    engine: imported.engine.withLayout(rest),
    findings: main ? imported.findings : imported.findings.filter((f) => f.where.sheet !== layout.sheet),
  };
}
