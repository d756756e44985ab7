import type { TemplateIndex } from '../template/template-index';
import type { AnswerRecord } from './answer-record';
import { RECORD_FIELDS } from './answer-record';
import { recordOf } from './apply-changes';
import type { RecordChange } from './record-change';
import { sameValue } from './record-change';

/**
 * Every field that differs between two sets of records, in document order: `before` from `from`,
 * `after` from `to`. Comparing a snapshot with now, and restoring one, both start here.
 */
export function diffRecords(
  index: TemplateIndex,
  from: ReadonlyMap<string, AnswerRecord>,
  to: ReadonlyMap<string, AnswerRecord>,
): RecordChange[] {
  const changes: RecordChange[] = [];
  const ids = recordIds(index);
  const known = new Set(ids);
  // Records of items the template no longer has are compared too, after the known ones.
  for (const id of new Set([...from.keys(), ...to.keys()])) if (!known.has(id)) ids.push(id);
  for (const itemId of ids) {
    const a = recordOf(from, itemId);
    const b = recordOf(to, itemId);
    for (const field of RECORD_FIELDS) {
      if (!sameValue(a[field], b[field])) changes.push({ itemId, field, before: a[field], after: b[field] });
    }
  }
  return changes;
}

/**
 * Every item that can hold a record, in document order: each indicator (a derived `%` row keeps its
 * note, evidence and work fields) followed by its `Jumlah` inputs.
 */
export function recordIds(index: TemplateIndex): string[] {
  return index.indicatorOrder.flatMap((indicator) => [
    indicator.id,
    ...(indicator.inputs ?? []).map((i) => i.id),
  ]);
}
