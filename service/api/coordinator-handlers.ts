import { resolve } from 'node:path';
import type { COORDINATOR_OPERATIONS } from '../../shared/api/coordinator-operations';
import { ProblemError } from '../../shared/problem';
import { onDocument } from './behaviours';
import type { CallContext, Handlers } from './handlers';

type CoordinatorHandlers = Pick<Handlers, keyof typeof COORDINATOR_OPERATIONS>;

/** Only a folder open to the window (the data folder, or one opened with --folder). */
function openFolder(folder: string, files: CallContext['files']): string {
  const asked = resolve(folder);
  if (!files.roots().some((root) => resolve(root) === asked)) {
    throw new ProblemError([{ code: 'access.outside', where: { file: folder } }]);
  }
  return asked;
}

/** The handlers of the coordinator's operations (shared/api/coordinator-operations.ts). */
export const coordinatorHandlers: CoordinatorHandlers = {
  'portfolio.list': async ({ folder }, { files }) => {
    const { listPortfolio } = await import('../portfolio/list-portfolio');
    return listPortfolio([openFolder(folder, files)]);
  },
  'portfolio.export': async ({ folder, path }, { files }) => {
    const target = path === undefined ? undefined : files.allow(path, 'export');
    const asked = openFolder(folder, files);
    const { exportRekap } = await import('../portfolio/export-rekap');
    return exportRekap(asked, target);
  },
  'plan.make': onDocument(async (doc, input) => {
    const { planOpenDocument } = await import('../planning/plan-document');
    const { predicates: _predicates, checks: _checks, ...plan } = await planOpenDocument(doc, input);
    return plan;
  }),
  'plan.export': onDocument(async (doc, { path, ...request }, { files }) => {
    const target = path === undefined ? undefined : files.allow(path, 'export');
    const { exportRencanaAksi } = await import('../planning/export-rencana-aksi');
    return exportRencanaAksi(doc, request, target);
  }),
};
