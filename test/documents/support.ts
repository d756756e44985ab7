import { anyFile } from '../../service/workbench/file-access';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import { dispatch } from '../../service/api/dispatch';
import { ProblemError } from '../../shared/problem';
import type { Problem } from '../../shared/problem';

/** A fresh folder for one test file's documents. */
export const tempFolder = (): string => mkdtempSync(join(tmpdir(), 'rbw-doc-'));

/** Calls the service API as the transports do (validated input and output), as `author`. */
export const api =
  (author = 'tester') =>
  async <N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> =>
    (await dispatch(name, input, { author, files: anyFile })) as OperationOutput<N>;

/** The problems a call is refused with; fails the test when it succeeds or throws anything else. */
export async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemError) return error.problems;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
