import type { z } from 'zod';

/** One operation the renderer may ask the service for: a name, and zod schemas for input and output. */
export interface Operation<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
}

export const defineOperation = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): Operation<I, O> => ({
  input,
  output,
});
