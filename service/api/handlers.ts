import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import { builtinTemplates } from '../../shared/templates/builtin';
import { appHandlers } from './app-handlers';
import { documentHandlers } from './document-handlers';
import { withWorkbookRule } from './workbook-rule-handlers';

/** Per-call context passed in by the transport (who is editing, for history). */
export interface CallContext {
  author: string;
}

export type Handlers = {
  [N in OperationName]: (input: OperationInput<N>, context: CallContext) => Promise<OperationOutput<N>>;
};

/** The service's implementation of every API operation. */
export const handlers: Handlers = withWorkbookRule({
  'templates.list': async () =>
    builtinTemplates().map((t) => ({ id: t.id, title: t.title, version: t.version, year: t.year })),
  ...documentHandlers,
  ...appHandlers,
});
