import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../../shared/export/sheet-plan';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { isSafeLink } from '../../shared/records/link-policy';
import { sameValue } from '../../shared/records/record-change';
import { validationFor } from '../../shared/export/answer-validation';
import type { ReviewerBlock } from '../../shared/export/plan-reviewer-block';
import { planReviewerBlock } from '../../shared/export/plan-reviewer-block';
import type { CellWrite } from '../../shared/export/plan-source-writes';
import { planSourceWrites } from '../../shared/export/plan-source-writes';
import type { Problem } from '../../shared/problem';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import { columnCount } from '../../shared/workbook/read/sheet-data';
import { writeWorkbook } from './build-workbook';
import { createTranslator } from '../../shared/i18n/translator';
import {
  evidenceLinks,
  needsEvidenceSheet,
  planEvidenceSheet,
} from '../../shared/export/plan-evidence-sheet';
import { droppedParts } from './exceljs-fixups';
import { LoadedSource } from './loaded-source';
import { validatedCells, validationOf } from './validations';

export interface SourceExport {
  bytes: Buffer;
  notices: Problem[];
}

/** The stored workbook of a document: its bytes and what identifies this copy of it. */
export interface SourceBytes {
  key: string;
  fileName: string;
  bytes: Uint8Array;
}

// One read workbook per open document, for as long as the document object lives.
const loaded = new WeakMap<object, LoadedSource>();

/**
 * The document written back into the workbook it was imported from: the original workbook with the
 * document's answers, notes, evidence (links clickable) and reviewer values in the cells the layout
 * names; everything else — sheets, hidden sheets, columns the user added, merged cells, styles, widths,
 * protection, print setup, formulas — as it was. Formulas stay live and carry fresh results; reviewer
 * columns are added when the document has reviewer values the workbook has no place for, and answer
 * cells without a dropdown get the one of their type; `addedSheets` follow the workbook's own. `owner` (the document's session) keeps the read
 * workbook for the next export. Null when the workbook lacks the layout's sheet.
 */
export async function writeSourceWorkbook(
  owner: object,
  source: SourceBytes,
  layout: WorkbookLayout,
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  /** Sheets of ours added after the workbook's own (the "Tindak Lanjut" of the recommendations). */
  addedSheets: readonly SheetPlan[] = [],
): Promise<SourceExport | null> {
  const target = await loadSourceWorkbook(owner, source, layout, index);
  if (!target) return null;
  return target.exclusive(async () => {
    target.restore();
    const plan = planSourceWrites(index, layout, records, target.original, new Set(target.formulas.keys()));
    for (const write of plan.writes) writeCell(target.cell(write.row, write.col), write);
    const notices = [...plan.notices];
    if (plan.needsReviewerBlock) {
      const block = planReviewerBlock({
        index,
        layout,
        records,
        firstFreeCol: columnCount(target.data),
        lastRow: target.data.rows.length - 1,
        formulaAt: (row, col) => target.formulas.get(`${row}:${col}`),
      });
      addReviewerBlock(target, block);
      notices.push(...block.notices, { code: 'export.reviewerColumnsAdded', where: { sheet: layout.sheet } });
    }
    addMissingValidations(target, layout, index);
    const dropped = droppedParts(source.bytes);
    if (dropped.length) notices.push({ code: 'export.partsDropped', params: { parts: dropped.join(', ') } });
    // The saved results still hold when no value changed: evaluating is the slowest part of an export.
    if (plan.writes.length || plan.needsReviewerBlock) target.updateResults();
    // Sheets of ours after the workbook's own; the next export's restore takes them out again.
    for (const sheet of addedSheets) target.addSheet(sheet);
    addEvidenceSheet(target, index, records, notices);
    return { bytes: await writeWorkbook(target.workbook), notices };
  });
}

/** The read workbook kept for `owner`, read now when it is not kept yet (or is of another import). */
export async function loadSourceWorkbook(
  owner: object,
  source: SourceBytes,
  layout: WorkbookLayout,
  index: TemplateIndex,
): Promise<LoadedSource | null> {
  const kept = loaded.get(owner);
  if (kept?.key === source.key) return kept;
  const read = await LoadedSource.load(source.key, source.bytes, layout, index, source.fileName);
  if (read) loaded.set(owner, read);
  return read;
}

/**
 * The sheet "Bukti Dukung" (one row per link, each clickable) when evidence written into the workbook has
 * more links for a question than its one hyperlink cell can make clickable; a notice says it was added.
 * Evidence the workbook already held as it was is left as its author wrote it: no sheet for that alone.
 */
function addEvidenceSheet(
  target: LoadedSource,
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  notices: Problem[],
): void {
  const written = new Map(
    [...records].filter(([id, r]) => !sameValue(r.evidence, target.original[id]?.evidence ?? [])),
  );
  if (!needsEvidenceSheet(index, written)) return;
  const links = evidenceLinks(index, records);
  const sheet = target.addSheet(planEvidenceSheet(links, createTranslator('id')));
  notices.push({ code: 'export.evidenceSheetAdded', params: { sheet: sheet.name, count: links.length } });
}

function writeCell(cell: ExcelJS.Cell, write: CellWrite): void {
  cell.value =
    write.link && isSafeLink(write.link)
      ? { text: String(write.value ?? write.link), hyperlink: write.link }
      : (write.value ?? write.link ?? null);
  // Several lines (evidence, notes) show as such only in a wrapping cell. Cells read from a file share
  // style objects, so the cell gets its own rather than changing its neighbours'.
  if (typeof write.value === 'string' && write.value.includes('\n') && !cell.style.alignment?.wrapText) {
    cell.style = { ...cell.style, alignment: { ...cell.style.alignment, wrapText: true } };
  }
}

function addReviewerBlock(source: LoadedSource, block: ReviewerBlock): void {
  for (const planned of block.cells) {
    const like = source.sheet.getCell(planned.row + 1, planned.like + 1);
    const cell = source.cell(planned.row, planned.col);
    cell.style = planned.editable ? { ...like.style, protection: { locked: false } } : like.style;
    cell.value =
      planned.formula !== undefined
        ? ({ formula: planned.formula } as ExcelJS.CellFormulaValue)
        : (planned.value ?? null);
  }
  for (const [col, like] of [
    [block.columns.answer, block.cells.find((c) => c.col === block.columns.answer)?.like],
    [block.columns.value, block.cells.find((c) => c.col === block.columns.value)?.like],
    [block.columns.note, block.cells.find((c) => c.col === block.columns.note)?.like],
  ] as const) {
    if (like !== undefined) source.setWidth(col, source.sheet.getColumn(like + 1).width ?? 14);
  }
  for (const v of block.validations) {
    source.addValidation(source.sheet.getCell(v.row + 1, v.col + 1), validationOf(v.rule));
  }
}

/** Answer cells the workbook left without a dropdown get the one of their answer type. */
function addMissingValidations(source: LoadedSource, layout: WorkbookLayout, index: TemplateIndex): void {
  const validated = validatedCells(source.sheet);
  const col = layout.columns.unit.answer;
  for (const answerable of index.answerableOrder) {
    const row = layout.rows[answerable.id];
    if (row === undefined || source.formulas.has(`${row}:${col}`)) continue;
    const cell = source.sheet.getCell(row + 1, col + 1);
    if (!validated.has(cell.address))
      source.addValidation(cell, validationOf(validationFor(answerable.type)));
  }
}
