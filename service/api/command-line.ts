/**
 * What the `rbw` command line uses of the service without Excel: the API as the user (every path is one
 * they typed), answers files, and the scores of a document by its leading rule.
 */
import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import { resolveAuthor } from '../documents/author';
import { anyFile } from '../workbench/file-access';
import { dispatch } from './dispatch';

export { loadAnswersFile } from '../answers/load-answers-file';
export { scoreDocument } from '../documents/score-document';
export { resolveAuthor };

export type ApiCall = <N extends OperationName>(
  name: N,
  input: OperationInput<N>,
) => Promise<OperationOutput<N>>;

/**
 * The API as the command line's user: the author given with --author, else RBW_AUTHOR, else the
 * operating-system user; any path they typed.
 */
export function apiCaller(author?: string): ApiCall {
  const context = { author: resolveAuthor(author), files: anyFile };
  return async (name, input) => (await dispatch(name, input, context)) as OperationOutput<typeof name>;
}
