import { buildRowTree } from '../../../shared/workbook/read/build-row-tree';
import type { Finding } from '../../../shared/workbook/findings/finding';
import { findHeader } from '../../../shared/workbook/read/find-header';
import type { WorkbookLayout } from '../../../shared/workbook/read/layout';
import type { PlannedGroup, PlannedNode } from '../../../shared/workbook/derive-template/plan-template';
import { planRows, planTemplate } from '../../../shared/workbook/derive-template/plan-template';
import { readRows } from '../../../shared/workbook/read/read-rows';
import type { SheetData } from '../../../shared/workbook/read/sheet-data';
import { textAt } from '../../../shared/workbook/read/sheet-data';
import { cellName } from '../../../shared/workbook/read/cell-address';
import { columnsFromBlocks } from '../../../shared/workbook/graph/block-columns';
import type { FormulaCell } from '../../../shared/workbook/graph/formula-graph';
import { FormulaGraph } from '../../../shared/workbook/graph/formula-graph';
import { reconcileTree } from '../../../shared/workbook/graph/reconcile-tree';
import type { FormulaBlock, WorkbookStructure } from '../../../shared/workbook/graph/structure';
import { isCode, splitEmbeddedCode } from '../../../shared/workbook/read/numbering';
import type { AnswerBlock, CellPlace } from '../../../shared/workbook/read/layout';
import { flatten } from '../probe-rows';
import type { ReadWorkbook } from '../read-workbook';
import { finishImport } from './finish-import';
import { unreadableFindings } from './unreadable-findings';
import { formatNumber } from '../../../shared/format/number';
import type { WorkbookEngine } from '../workbook-engine';
import type { CellResult } from '../../../shared/workbook/read/cell-result';
import { resultText } from '../../../shared/workbook/read/cell-result';
import type { ImportedWorkbook, ImportOptions } from '../imported-workbook';

/**
 * A workbook that computes its own total: the formulas give the total, the sheet of the questions, the
 * blocks side by side and what each column holds; labels give titles, codes, notes and evidence.
 */
export function importByFormulas(
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
  // Nested past any workbook Excel saves: said in the user's words, the cell keeping its saved result.
  extra.push(...unreadableFindings(graph, structure.sheet, sheet.name));
  const stray = structure.headline.instead;
  const headlineCell = layout.total;
  const findings = (engine: WorkbookEngine): Finding[] =>
    stray && headlineCell ? [...extra, strayTotalFinding(engine, graph, stray, headlineCell)] : extra;
  return finishImport(read, sheet, plan, layout, found?.first ?? firstRow, options, findings, graph);
}

/**
 * A cell nothing reads that adds the total with its components again: named with both figures, so that
 * the user sees why the workbench leads with the total it repeats rather than with it.
 */
function strayTotalFinding(
  engine: WorkbookEngine,
  graph: FormulaGraph,
  stray: FormulaCell,
  total: CellPlace,
): Finding {
  const figure = (value: CellResult): string =>
    typeof value === 'number' ? formatNumber(value) : resultText(value);
  const strayPlace = { sheet: graph.sheetNames[stray.sheet] as string, row: stray.row, col: stray.col };
  return {
    code: 'finding.totalNotATotal',
    severity: 'warning',
    params: {
      value: figure(engine.readCell(strayPlace)),
      total: figure(engine.readCell(total)),
      totalCell: cellName(total.row, total.col),
    },
    where: { sheet: strayPlace.sheet, cell: cellName(stray.row, stray.col) },
  };
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
