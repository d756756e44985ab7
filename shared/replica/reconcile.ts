import type { AnswerRecord } from '../records/answer-record';
import { RECORD_FIELDS } from '../records/answer-record';
import { recordOf } from '../records/apply-changes';
import type { RecordChange } from '../records/record-change';
import { sameValue } from '../records/record-change';

/**
 * The changes that make `local` hold exactly `server`'s records, field by field (before: the local
 * value, after: the server's), in item order: after a sync the replica equals the server.
 */
export function reconcile(
  local: ReadonlyMap<string, AnswerRecord>,
  server: ReadonlyMap<string, AnswerRecord>,
): RecordChange[] {
  const changes: RecordChange[] = [];
  const items = [...new Set([...local.keys(), ...server.keys()])].sort();
  for (const itemId of items) {
    const [ours, theirs] = [recordOf(local, itemId), recordOf(server, itemId)];
    for (const field of RECORD_FIELDS)
      if (!sameValue(ours[field], theirs[field]))
        changes.push({ itemId, field, before: ours[field], after: theirs[field] });
  }
  return changes;
}
