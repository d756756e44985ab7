import type { OperationName } from '../../shared/api/contract';
import { pokjaScope } from '../../shared/export/pokja-scope';
import type { RecordField } from '../../shared/records/answer-record';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { Role } from '../documents/postgres/accounts-store';
import { OPERATION_ACCESS } from './operation-access';

/** Who is calling: their role in their organisation and, for a pokja member, their pokja. */
export interface Member {
  login: string;
  role: Role;
  pokja: string | null;
}

/** The fields a pokja member writes (on their pokja's areas only) and those of an evaluator. */
const POKJA_FIELDS: ReadonlySet<RecordField> = new Set([
  'answer',
  'note',
  'evidence',
  'status',
  'targetMonth',
]);
const REVIEWER_FIELDS: ReadonlySet<RecordField> = new Set(['reviewerAnswer', 'reviewerNote']);

/** One field an edit writes. */
export interface FieldWrite {
  itemId: string;
  field: RecordField;
}

/** The fields an `answer` operation writes, read from its (validated) input. */
export function fieldWrites(name: OperationName, input: unknown): FieldWrite[] {
  const i = input as {
    itemId?: string;
    field?: RecordField;
    edits?: { itemId: string; field: RecordField }[];
  };
  if (name === 'records.set' && i.itemId && i.field) return [{ itemId: i.itemId, field: i.field }];
  if (name === 'records.paste') return (i.edits ?? []).map((e) => ({ itemId: e.itemId, field: e.field }));
  if (name === 'attachments.add' && i.itemId) return [{ itemId: i.itemId, field: 'evidence' }];
  return [];
}

/**
 * Why `member` may not run `name` with this input on this document, in one line; null when they may.
 * Checked on every call, on the edit itself, before anything is written.
 */
export function refusal(
  member: Member,
  name: OperationName,
  input: unknown,
  document: { index: TemplateIndex; records: ReadonlyMap<string, AnswerRecord> } | null,
): string | null {
  const access = OPERATION_ACCESS[name];
  if (access === 'local') return `${name} works on files of the user's own computer, not on the server`;
  if (access === 'read' || member.role === 'admin' || member.role === 'coordinator') return null;
  if (access === 'coordinate') return `${name} is for the coordinator; ${member.login} is ${member.role}`;
  // A field write: who may write which field of which item.
  if (member.role === 'viewer') return `${member.login} is a viewer and may not change anything`;
  const writes = fieldWrites(name, input);
  if (member.role === 'evaluator') {
    const other = writes.find((w) => !REVIEWER_FIELDS.has(w.field));
    return other
      ? `an evaluator writes only the reviewer's fields, not ${other.field} of ${other.itemId}`
      : null;
  }
  const other = writes.find((w) => !POKJA_FIELDS.has(w.field));
  if (other) return `a pokja member may not write ${other.field} of ${other.itemId}`;
  if (!member.pokja || !document) return `${member.login} belongs to no pokja`;
  const scope = pokjaScope(document.index, document.records, member.pokja);
  const items = scope.ok ? scope.value.items : new Set<string>();
  const outside = writes.find((w) => !items.has(w.itemId));
  return outside ? `${outside.itemId} is not in an area of ${member.pokja}` : null;
}
