import { CloneRequestSchema, SyncRequestSchema } from '../../shared/replica/sync-protocol';
import type { RecordField } from '../../shared/records/answer-record';
import type { DocumentSession } from '../documents/document-session';
import type { ReplicaApplied } from '../documents/postgres/replica-applied';
import { serveClone } from '../replica/serve-clone';
import { serveSync } from '../replica/serve-sync';
import type { Member } from './check-access';
import { refusal } from './check-access';

/** What the endpoints of a replica answer with: a status and a JSON body (as OrganisationServer's Reply). */
interface Reply {
  status: number;
  body: unknown;
}

/**
 * `POST /server/clone` and `POST /server/sync` for a signed-in user on a document they may read (the
 * caller checked the organisation and the assignment). A sync's field writes go through the same access
 * check as the window's edits (check-access.ts), field by field: what the role does not allow is refused
 * with its reason and not written.
 */
export async function replicaEndpoint(
  action: 'clone' | 'sync',
  input: unknown,
  context: {
    member: Member;
    documentId: string;
    session: DocumentSession;
    applied: ReplicaApplied;
    audit: (outcome: 'done' | 'refused', detail: string | null) => void;
  },
): Promise<Reply> {
  const { member, session } = context;
  if (action === 'clone') {
    if (!CloneRequestSchema.safeParse(input).success) return invalid('documentId');
    return { status: 200, body: { ok: true, value: await serveClone(session, context.documentId) } };
  }
  const parsed = SyncRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(issue ? `${issue.path.join('.')}: ${issue.message}` : 'sync');
  }
  const reply = serveSync(
    session,
    context.applied,
    member.login,
    parsed.data,
    (itemId: string, field: RecordField) => refusal(member, 'records.set', { itemId, field }, session),
  );
  if (reply.status === 'done') {
    for (const r of reply.refused) context.audit('refused', `${r.itemId} ${r.field}: ${r.reason}`);
    context.audit('done', `${reply.taken} fields, ${parsed.data.actions.length} actions`);
  }
  return { status: 200, body: { ok: true, value: reply } };
}

const invalid = (what: string): Reply => ({
  status: 400,
  body: { ok: false, problems: [{ code: 'api.invalidInput', params: { message: what } }] },
});
