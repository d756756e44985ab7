import { API } from '../../shared/api/contract';
import type { OperationName } from '../../shared/api/contract';
import { ProblemError } from '../../shared/problem';
import type { CallContext } from './handlers';
import { handlers } from './handlers';

/**
 * What both transports call: validates the operation name and input, runs the handler, validates the
 * output. Bad input becomes a ProblemError naming the field; a bad output is a bug and throws.
 */
export async function dispatch(name: string, input: unknown, context: CallContext): Promise<unknown> {
  if (!Object.hasOwn(API, name)) {
    throw new ProblemError([{ code: 'api.unknownOperation', params: { name } }]);
  }
  const operation = API[name as OperationName];
  const parsed = operation.input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProblemError([
      {
        code: 'api.invalidInput',
        params: { message: issue?.message ?? '' },
        where: { field: issue?.path.join('.') },
      },
    ]);
  }
  const handler = handlers[name as OperationName] as (
    input: unknown,
    context: CallContext,
  ) => Promise<unknown>;
  return operation.output.parse(await handler(parsed.data, context));
}
