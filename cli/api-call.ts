import type { OperationInput, OperationName, OperationOutput } from '../shared/api/contract';
import { dispatch } from '../service/api/dispatch';
import { resolveAuthor } from '../service/documents/author';

export type ApiCall = <N extends OperationName>(
  name: N,
  input: OperationInput<N>,
) => Promise<OperationOutput<N>>;

/**
 * The CLI speaks to documents through the same API as the app (validated input and output), as the
 * author given with --author, else RBW_AUTHOR, else the operating-system user.
 */
export function apiCaller(author?: string): ApiCall {
  const context = { author: resolveAuthor(author) };
  return async (name, input) => (await dispatch(name, input, context)) as OperationOutput<typeof name>;
}

export type DocumentView = OperationOutput<'documents.open'>;

/** Opens a document, runs `use`, and closes it again whatever happens. */
export async function withDocument<T>(
  path: string,
  author: string | undefined,
  use: (view: DocumentView, call: ApiCall) => Promise<T>,
): Promise<T> {
  const call = apiCaller(author);
  const view = await call('documents.open', { path });
  try {
    return await use(view, call);
  } finally {
    await call('documents.close', { documentId: view.documentId });
  }
}
