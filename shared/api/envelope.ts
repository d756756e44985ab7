import { z } from 'zod';
import type { Problem } from '../problem';

/** What a transport returns for every call: the handler's output, or the user's problems to show. */
export type Envelope = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

export const ProblemSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  where: z
    .object({
      file: z.string().optional(),
      sheet: z.string().optional(),
      cell: z.string().optional(),
      row: z.number().optional(),
      field: z.string().optional(),
    })
    .optional(),
});

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), problems: z.array(ProblemSchema) }),
]);
