import type { Problem } from '../../shared/problem';

/** Problems the service reported for a call (bad answer, foreign file…): shown to the user, not a crash. */
export class ApiProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.code).join(', '));
  }
}
