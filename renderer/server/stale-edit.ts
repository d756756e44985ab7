import type { RecordField } from '../../shared/records/answer-record';
import type { Problem } from '../../shared/problem';

/** An edit refused because another user changed the field since its sender saw it (`record.staleBase`). */
export interface StaleEdit {
  itemId: string;
  field: RecordField;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

/** The stale edit a problem carries (its values as JSON), or null for any other problem. */
export function staleEditOf(problem: Problem): StaleEdit | null {
  if (problem.code !== 'record.staleBase' || !problem.params) return null;
  const { itemId, field, base, ours, theirs } = problem.params;
  try {
    return {
      itemId: String(itemId),
      field: String(field) as RecordField,
      base: JSON.parse(String(base)) as unknown,
      ours: JSON.parse(String(ours)) as unknown,
      theirs: JSON.parse(String(theirs)) as unknown,
    };
  } catch {
    return null;
  }
}
