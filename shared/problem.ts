/**
 * A problem the user can cause or fix (bad answer, foreign file, weights that do not add up). It is a
 * value, not an exception: `code` is a key of the locale files, `params` fill its message, and `where`
 * names the file, sheet, cell, row or field so that the message can point at it.
 */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
  where?: ProblemLocation;
}

export interface ProblemLocation {
  file?: string;
  sheet?: string;
  cell?: string;
  row?: number;
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

/** Thrown only to carry user-caused problems across layers that cannot return a Result (CLI, HTTP). */
export class ProblemError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.code).join(', '));
    this.name = 'ProblemError';
  }
}
