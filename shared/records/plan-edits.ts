import type { Problem, ProblemLocation, Result } from '../problem';
import { fail, ok } from '../problem';
import type { AnswerType } from '../template/answer-type';
import type { TemplateIndex } from '../template/template-index';
import type { AnswerRecord, RecordField } from './answer-record';
import { recordOf } from './apply-changes';
import { parseFieldValue } from './parse-field-value';
import type { RecordChange } from './record-change';
import { sameValue } from './record-change';

/** One requested edit: a raw value for one field of one item. `row` is the grid row a paste came from. */
export interface FieldEdit {
  itemId: string;
  field: RecordField;
  value: unknown;
  row?: number | undefined;
}

/**
 * Turns requested edits into the changes to record, all or nothing: every value is checked first, and
 * one bad value fails the whole set with a problem naming its row and field. Edits to the value already
 * there are dropped; an item and field edited twice keeps the last value.
 */
export function planEdits(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  edits: readonly FieldEdit[],
  where: ProblemLocation = {},
): Result<RecordChange[]> {
  const problems: Problem[] = [];
  const planned = new Map<string, RecordChange>();
  for (const edit of edits) {
    const location = {
      ...where,
      field: `${edit.itemId}.${edit.field}`,
      ...(edit.row ? { row: edit.row } : {}),
    };
    const type = answerTypeOf(index, edit.itemId, edit.field);
    if (typeof type === 'string') {
      problems.push({ code: type, params: { code: edit.itemId }, where: location });
      continue;
    }
    const parsed = parseFieldValue(type, edit.field, edit.value);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ ...p, where: location })));
      continue;
    }
    const key = `${edit.itemId}\u0000${edit.field}`;
    const before = planned.get(key)?.before ?? recordOf(records, edit.itemId)[edit.field];
    planned.set(key, { itemId: edit.itemId, field: edit.field, before, after: parsed.value });
  }
  if (problems.length) return fail(...problems);
  return ok([...planned.values()].filter((c) => !sameValue(c.before, c.after)));
}

/**
 * The answer type of the item an edit is for, or the problem: an unknown code, or an answer to a
 * derived `%` row, which is computed from its `Jumlah` inputs (its note, evidence and work fields are
 * the row's own and may be edited).
 */
function answerTypeOf(index: TemplateIndex, itemId: string, field: RecordField): AnswerType | string {
  const answerable = index.answerables.get(itemId);
  if (answerable) return answerable.type;
  const indicator = index.indicators.get(itemId);
  const type = indicator && index.answerTypes.get(indicator.answerType);
  if (!type) return 'record.unknownCode';
  return field === 'answer' || field === 'reviewerAnswer' ? 'record.derived' : type;
}
