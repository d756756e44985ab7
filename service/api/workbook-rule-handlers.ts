import type { OperationName } from '../../shared/api/contract';
import { forgetWorkbookRule, workbookRuleFor } from '../app/workbook-rule';
import { documentById } from '../documents/open-documents';
import type { Handlers } from './handlers';

const VIEW_OPERATIONS = [
  'documents.create',
  'documents.open',
  'documents.view',
  'documents.saveAs',
  'app.openPath',
  'app.newDocument',
  'app.importWorkbook',
] as const satisfies readonly OperationName[];

const EDIT_OPERATIONS = [
  'documents.setMetadata',
  'records.set',
  'records.paste',
  'history.undo',
  'history.redo',
  'snapshots.restore',
  'attachments.add',
] as const satisfies readonly OperationName[];

type ViewHandler = (input: never, context: never) => Promise<{ documentId: string }>;
type EditHandler = (
  input: { documentId: string },
  context: never,
) => Promise<{ changed: { itemId: string; record: never }[]; reloaded: boolean }>;

/**
 * Adds the workbook's own scores to every document view and edit result of a document imported from an
 * official workbook: views carry the full summary, edits the updated one (the engine recomputes only
 * what the changed answers reach). Closing a document frees its engine.
 */
export function withWorkbookRule(handlers: Handlers): Handlers {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const name of VIEW_OPERATIONS) {
    const handler = handlers[name] as unknown as ViewHandler;
    wrapped[name] = async (input: never, context: never) => {
      const view = await handler(input, context);
      // Save as goes on with the copy under a new id; the original id is closed.
      if (name === 'documents.saveAs') await forgetWorkbookRule((input as { documentId: string }).documentId);
      const rule = await workbookRuleFor(view.documentId, documentById(view.documentId));
      return { ...view, workbook: rule?.summary() ?? null, priorYear: rule?.priorYear() ?? null };
    };
  }
  for (const name of EDIT_OPERATIONS) {
    const handler = handlers[name] as unknown as EditHandler;
    wrapped[name] = async (input: { documentId: string }, context: never) => {
      const result = await handler(input, context);
      const session = documentById(input.documentId);
      const rule = await workbookRuleFor(input.documentId, session);
      if (!rule) return { ...result, workbook: null };
      // After another program's edits the whole document was reloaded: write every answer again.
      rule.apply(
        result.reloaded ? [...session.records] : result.changed.map((c) => [c.itemId, c.record] as const),
      );
      return { ...result, workbook: rule.summary(0) };
    };
  }
  const merge = handlers['app.mergePokja'];
  wrapped['app.mergePokja'] = async (
    input: Parameters<typeof merge>[0],
    context: Parameters<typeof merge>[1],
  ) => {
    const merged = await merge(input, context);
    const session = documentById(input.documentId);
    const rule = await workbookRuleFor(input.documentId, session);
    if (!merged.result || !rule) return merged;
    rule.apply(merged.result.changed.map((c) => [c.itemId, c.record] as const));
    return { ...merged, result: { ...merged.result, workbook: rule.summary(0) } };
  };
  const close = handlers['documents.close'];
  wrapped['documents.close'] = async (input: { documentId: string }, context: never) => {
    await forgetWorkbookRule(input.documentId);
    return close(input, context);
  };
  return wrapped as Handlers;
}
