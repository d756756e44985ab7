import { resolve } from 'node:path';
import type { COORDINATOR_OPERATIONS } from '../../shared/api/coordinator-operations';
import { ProblemError } from '../../shared/problem';
import { onDocument } from './behaviours';
import type { Handlers } from './handlers';

type CoordinatorHandlers = Pick<Handlers, keyof typeof COORDINATOR_OPERATIONS>;

/** The handlers of the coordinator's operations (shared/api/coordinator-operations.ts). */
export const coordinatorHandlers: CoordinatorHandlers = {
  'portfolio.list': async ({ folder }, { files }) => {
    // Only a folder open to the window (the data folder, or one opened with --folder).
    const asked = resolve(folder);
    if (!files.roots().some((root) => resolve(root) === asked)) {
      throw new ProblemError([{ code: 'access.outside', where: { file: folder } }]);
    }
    const { listPortfolio } = await import('../portfolio/list-portfolio');
    return listPortfolio([asked]);
  },
  'plan.make': onDocument(async (doc, input) => {
    const { planOpenDocument } = await import('../planning/plan-document');
    const { predicates: _predicates, checks: _checks, ...plan } = await planOpenDocument(doc, input);
    return plan;
  }),
};
