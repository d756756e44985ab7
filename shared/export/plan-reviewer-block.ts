import type { AnswerRecord } from '../records/answer-record';
import { recordOf } from '../records/apply-changes';
import { recordIds } from '../records/diff-records';
import type { Problem } from '../problem';
import type { TemplateIndex } from '../template/template-index';
import { cellName } from '../workbook/read/cell-address';
import type { WorkbookLayout } from '../workbook/read/layout';
import { validationFor } from './answer-validation';
import { moveColumns } from './move-columns';
import type { PlannedValidation, PlannedValue } from './sheet-plan';

/** A cell of the added reviewer columns, styled like the unit's cell `like` of the same row. */
export interface BlockCell {
  row: number;
  col: number;
  like: number;
  value?: PlannedValue;
  formula?: string;
  /** The reviewer fills it in: left unlocked on a protected sheet. */
  editable?: boolean;
}

export interface ReviewerBlock {
  columns: { answer: number; value: number; note: number };
  cells: BlockCell[];
  validations: PlannedValidation[];
  notices: Problem[];
}

export interface ReviewerBlockInput {
  index: TemplateIndex;
  layout: WorkbookLayout;
  records: ReadonlyMap<string, AnswerRecord>;
  /** The first column right of everything the sheet uses. */
  firstFreeCol: number;
  lastRow: number;
  /** The formula (without "=") of a cell of the LKE sheet, if it holds one. */
  formulaAt: (row: number, col: number) => string | undefined;
}

/**
 * Reviewer (TPI) columns for a workbook that has none, right of everything it uses: "Jawaban TPI",
 * "Nilai TPI", "Catatan TPI", with the unit's own formulas moved onto the reviewer's columns (a computed
 * `%` answer, every value, every sub-area average and sum up to the grand total), so that the reviewer's
 * score is as live as the unit's. The headers are the words the importer reads back.
 */
export function planReviewerBlock(input: ReviewerBlockInput): ReviewerBlock {
  const { layout, index } = input;
  const unit = layout.columns.unit;
  const value = unit.value ?? unit.answer;
  const columns = { answer: input.firstFreeCol, value: input.firstFreeCol + 1, note: input.firstFreeCol + 2 };
  const moves = new Map([
    [unit.answer, columns.answer],
    [value, columns.value],
  ]);
  const cells: BlockCell[] = [];
  const notices: Problem[] = [];
  const header = layout.headerRows.last;
  cells.push({ row: header, col: columns.answer, like: unit.answer, value: 'Jawaban TPI' });
  cells.push({ row: header, col: columns.value, like: value, value: 'Nilai TPI' });
  cells.push({ row: header, col: columns.note, like: unit.note ?? unit.answer, value: 'Catatan TPI' });
  const computed = new Set<number>();
  for (let row = header + 1; row <= input.lastRow; row++) {
    for (const [from, to] of moves) {
      const formula = input.formulaAt(row, from);
      if (formula === undefined) continue;
      const moved = moveColumns(formula, moves, layout.sheet);
      if (moved === null) {
        notices.push({ code: 'export.formulaNotCopied', where: { cell: cellName(row, from) } });
        continue;
      }
      cells.push({ row, col: to, like: from, formula: moved });
      if (from === unit.answer) computed.add(row);
    }
  }
  const validations: PlannedValidation[] = [];
  for (const id of recordIds(index)) {
    const row = input.layout.rows[id];
    if (row === undefined) continue;
    const record = recordOf(input.records, id);
    const answerable = index.answerables.get(id);
    if (answerable && !computed.has(row)) {
      cells.push({
        row,
        col: columns.answer,
        like: unit.answer,
        value: record.reviewerAnswer,
        editable: true,
      });
      validations.push({ row, col: columns.answer, rule: validationFor(answerable.type) });
    }
    cells.push({
      row,
      col: columns.note,
      like: unit.note ?? unit.answer,
      value: record.reviewerNote,
      editable: true,
    });
  }
  return { columns, cells, validations, notices };
}
