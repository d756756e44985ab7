import type { Evidence } from '../../answers/answers-file';
import { parseAnswer } from '../../answers/parse-answer';
import type { AnswerRecord } from '../../records/answer-record';
import { EMPTY_RECORD } from '../../records/answer-record';
import type { AnswerValue } from '../../template/answer-type';
import { recordIds } from '../../records/diff-records';
import type { TemplateIndex } from '../../template/template-index';
import { cellName } from './cell-address';
import type { Finding } from '../findings/finding';
import type { AnswerBlock, ColumnMap } from './layout';
import type { SheetData } from './sheet-data';
import { cellAt, textAt } from './sheet-data';
import { workFields } from './work-fields';

const URLS = /https?:\/\/[^\s"'<>]+/gi;

export interface ReadRecords {
  records: Record<string, AnswerRecord>;
  /** Last year's records, when the workbook holds two years. */
  prior?: Record<string, AnswerRecord>;
  /**
   * Every reviewer block's answers and notes (as the unit's fields of a record), the document's reviewer
   * first, when the workbook has more than one reviewer block.
   */
  reviewers?: { label: string; records: Record<string, AnswerRecord> }[];
  findings: Finding[];
}

/**
 * The unit's answer, note and evidence (text and links), and the reviewer's answer and note, of every
 * question, derived `%` row (no answer: it is computed) and `Jumlah` input, keyed by id as documents
 * key them (`recordIds`). An answer that is not one of its options is left
 * out of the record and reported, naming its cell.
 */
export function readRecords(
  sheet: SheetData,
  columns: ColumnMap,
  index: TemplateIndex,
  rows: Record<string, number>,
): ReadRecords {
  const findings: Finding[] = [];
  const read = (block: AnswerBlock, reviewer?: AnswerBlock): Record<string, AnswerRecord> => {
    const records: Record<string, AnswerRecord> = {};
    for (const id of recordIds(index)) {
      const row = rows[id];
      if (row === undefined) continue;
      const answerable = index.answerables.get(id);
      const answerOf = (b: AnswerBlock): AnswerValue | null => {
        // A derived `%` row keeps its note and evidence; its answer is computed from its inputs.
        if (!answerable) return null;
        const raw = cellAt(sheet, row, b.answer);
        if (!raw) return null;
        const parsed = parseAnswer(answerable.type, raw.value);
        if (parsed.ok) return parsed.value;
        // A computed cell the template could not read keeps its result when it fits, else nothing.
        if (raw.formula) return null;
        findings.push({
          code: 'finding.answerNotAnOption',
          severity: 'warning',
          params: {
            answer: String(raw.value),
            label: answerable.type.label,
            message: parsed.problems[0]?.code ?? '',
          },
          where: { sheet: sheet.name, cell: cellName(row, b.answer) },
          nodeId: answerable.id,
        });
        return null;
      };
      records[id] = {
        ...EMPTY_RECORD,
        answer: answerOf(block),
        note: textOrNull(sheet, row, block.note),
        evidence: evidenceOf(sheet, row, block),
        reviewerAnswer: reviewer ? answerOf(reviewer) : null,
        reviewerNote: reviewer ? textOrNull(sheet, row, reviewer.note) : null,
        ...(block === columns.unit ? workFields(sheet, row, columns) : {}),
      };
    }
    return records;
  };
  const records = read(columns.unit, columns.reviewer);
  const prior = columns.prior ? read(columns.prior) : undefined;
  const reviewerBlocks = [columns.reviewer, ...(columns.reviewers ?? [])].filter(
    (b): b is AnswerBlock => b !== undefined,
  );
  const reviewers =
    reviewerBlocks.length > 1 ? reviewerBlocks.map((b) => ({ label: b.label, records: read(b) })) : undefined;
  return { records, ...(prior ? { prior } : {}), ...(reviewers ? { reviewers } : {}), findings };
}

function textOrNull(sheet: SheetData, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  return textAt(sheet, row, col) || null;
}

/** The evidence description with the links of the link column (or, lacking one, those in the text). */
function evidenceOf(sheet: SheetData, row: number, block: AnswerBlock): Evidence[] {
  const text = block.evidence === undefined ? '' : textAt(sheet, row, block.evidence);
  const linkCell = block.link === undefined ? undefined : cellAt(sheet, row, block.link);
  const urls = [
    ...(linkCell?.link ? [linkCell.link] : []),
    ...(block.link === undefined ? '' : textAt(sheet, row, block.link)).matchAll(URLS),
  ].map((u) => (typeof u === 'string' ? u : u[0]));
  if (!urls.length && text) urls.push(...[...text.matchAll(URLS)].map((m) => m[0]));
  const unique = [...new Set(urls)];
  if (!text && !unique.length) return [];
  const [first, ...rest] = unique;
  // A description that is only the link says nothing more than the link.
  const described = text && text !== first ? { text } : {};
  return [{ ...described, ...(first ? { url: first } : {}) }, ...rest.map((url) => ({ url }))];
}
