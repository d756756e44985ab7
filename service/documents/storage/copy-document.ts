import { ProblemError } from '../../../shared/problem';
import type { Change } from '../../../shared/records/record-change';
import { parseJson } from '../checked-json';
import { readRecords } from '../read-content';
import { ActionKindSchema, ActionStateSchema } from '../../../shared/records/history-entry';
import type { ReadableDB, WritableDB } from './document-store';

/**
 * Copies a whole document from one store into an empty one, whatever their engines (a file pushed to
 * the organisation's server, a server document saved as a file): template, facts, records, every action
 * of its history with the same revision numbers, snapshots, files, last year and recommendations.
 */
export function copyDocument(from: ReadableDB, to: WritableDB, file: string): void {
  const template = from.meta.templateJson();
  if (template === undefined)
    throw new ProblemError([{ code: 'document.badContent', where: { file, field: 'template' } }]);
  to.meta.writeTemplateJson(template);
  for (const [key, value] of from.meta.entries()) to.meta.set(key, value);
  for (const [itemId, record] of readRecords(from, file)) to.records.write(itemId, record);
  for (const { action, changes } of from.history.trail()) {
    const kind = ActionKindSchema.safeParse(action.kind);
    const state = ActionStateSchema.safeParse(action.state);
    const badHistory = new ProblemError([
      { code: 'document.badHistory', params: { action: action.id }, where: { file } },
    ]);
    if (!kind.success || !state.success) throw badHistory;
    const id = to.history.add(
      { ...action, kind: kind.data, state: state.data },
      changes.map(
        (c) =>
          ({
            itemId: c.item_id,
            field: c.field,
            before: parseJson(c.before),
            after: parseJson(c.after),
          }) as Change,
      ),
    );
    // Revisions keep their numbers: undo targets and merge bases point at them.
    if (id !== action.id) throw badHistory;
  }
  for (const snapshot of from.snapshots.list()) {
    const content = from.snapshots.content(snapshot.id);
    if (content) to.snapshots.add(snapshot, content);
  }
  for (const id of from.files.attachmentIds()) {
    const stored = from.files.attachment(id);
    if (stored) to.files.addAttachment(id, stored, new Date().toISOString());
  }
  const source = from.files.sourceWorkbook();
  if (source) to.files.writeSourceWorkbook(source, source.importedAt);
  const lastYear = from.yearly.lastYear();
  if (lastYear) to.yearly.writeLastYear(lastYear);
  const confirmed: string[] = [];
  for (const [itemId, { record, confirmed: isConfirmed }] of from.yearly.carried()) {
    to.yearly.writeCarried(itemId, record);
    if (isConfirmed) confirmed.push(itemId);
  }
  if (confirmed.length) to.yearly.confirm(confirmed, lastYear?.source.readAt ?? '', 'copy');
  for (const r of from.yearly.recommendations()) to.yearly.addRecommendation(r);
  // Survey versions keep their ids: the history's survey changes point at them.
  for (const version of from.surveys.versions()) to.surveys.putVersion(version);
  for (const row of from.surveys.current()) to.surveys.point(row.name, row.id);
}
