import type { AnswerRecord, RecordEvidence } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { recordOf } from '../records/apply-changes';
import { recordIds } from '../records/diff-records';
import { sameValue } from '../records/record-change';
import type { Problem } from '../problem';
import type { TemplateIndex } from '../template/template-index';
import { cellName } from '../workbook/read/cell-address';
import type { AnswerBlock, WorkbookLayout } from '../workbook/read/layout';
import { evidenceToCells, evidenceToText } from './evidence-cells';
import type { PlannedValue } from './sheet-plan';

/** One cell of the LKE sheet to overwrite (0-based); `link` makes it a hyperlink showing `value`. */
export interface CellWrite {
  row: number;
  col: number;
  value: PlannedValue;
  link?: string;
}

export interface SourceWrites {
  writes: CellWrite[];
  /** The document holds reviewer answers or notes but the workbook has no reviewer columns. */
  needsReviewerBlock: boolean;
  /** What could not be written, each naming its cell or field. */
  notices: Problem[];
}

/** The fields of a record this export writes and what the workbook held for them when imported. */
interface Comparison {
  id: string;
  row: number;
  mine: AnswerRecord;
  theirs: AnswerRecord;
}

/**
 * The cells to write so that a workbook shows the document: only where the document differs from what
 * the workbook itself holds (read as the importer reads it), so that an untouched row keeps its
 * original cells byte for byte — formatting, stray text, links typed as text. A cell holding a formula
 * is never overwritten (its row is computed); a field without a column in this workbook is reported.
 */
export function planSourceWrites(
  index: TemplateIndex,
  layout: WorkbookLayout,
  records: ReadonlyMap<string, AnswerRecord>,
  original: Readonly<Record<string, AnswerRecord>>,
  formulaCells: ReadonlySet<string>,
): SourceWrites {
  const writes: CellWrite[] = [];
  const notices: Problem[] = [];
  const missing = new Set<string>();
  let needsReviewerBlock = false;
  const { columns } = layout;
  for (const id of recordIds(index)) {
    const row = layout.rows[id];
    const mine = recordOf(records, id);
    if (row === undefined) {
      if (!sameValue(mine, EMPTY_RECORD)) notices.push({ code: 'export.noRow', params: { code: id } });
      continue;
    }
    const c: Comparison = { id, row, mine, theirs: original[id] ?? EMPTY_RECORD };
    const answerable = index.answerables.has(id);
    const put = (col: number | undefined, field: keyof AnswerRecord, value: PlannedValue): void => {
      if (sameValue(c.mine[field], c.theirs[field])) return;
      if (col === undefined) return void missing.add(field);
      if (formulaCells.has(`${row}:${col}`)) {
        notices.push({
          code: 'export.computedCell',
          params: { code: id },
          where: { cell: cellName(row, col) },
        });
        return;
      }
      writes.push({ row, col, value });
    };
    if (answerable) put(columns.unit.answer, 'answer', mine.answer);
    put(columns.unit.note, 'note', mine.note);
    writeEvidence(c, columns.unit, writes, missing);
    if (columns.reviewer) {
      if (answerable) put(columns.reviewer.answer, 'reviewerAnswer', mine.reviewerAnswer);
      put(columns.reviewer.note, 'reviewerNote', mine.reviewerNote);
    } else if ((answerable && mine.reviewerAnswer !== null) || mine.reviewerNote !== null) {
      needsReviewerBlock = true;
    }
    put(columns.pokja, 'pokja', mine.pokja);
    put(columns.status, 'status', mine.status);
    put(columns.targetMonth, 'targetMonth', mine.targetMonth);
  }
  for (const field of missing) notices.push({ code: 'export.noColumn', params: { field } });
  return { writes, needsReviewerBlock, notices };
}

/** Descriptions into the evidence column, links into the link column (the first one clickable). */
function writeEvidence(c: Comparison, block: AnswerBlock, writes: CellWrite[], missing: Set<string>): void {
  if (sameValue(c.mine.evidence, c.theirs.evidence)) return;
  const evidence: RecordEvidence[] = c.mine.evidence;
  if (block.link !== undefined) {
    const cells = evidenceToCells(evidence);
    const [first] = cells.links;
    const text = block.evidence === undefined ? evidenceToText(evidence) : cells.links.join('\n');
    writes.push({ row: c.row, col: block.link, value: text || null, ...(first ? { link: first } : {}) });
    if (block.evidence !== undefined)
      writes.push({ row: c.row, col: block.evidence, value: cells.text || null });
    return;
  }
  if (block.evidence !== undefined) {
    writes.push({ row: c.row, col: block.evidence, value: evidenceToText(evidence) || null });
    return;
  }
  missing.add('evidence');
}
