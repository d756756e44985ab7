import { existsSync } from 'node:fs';
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

/**
 * What a folder's portfolio lists in the window: an opened folder's files; for the workbench's own data
 * folder, the documents the window can open — its files and subfolders as "Buka" lists them, and the
 * recent documents kept elsewhere.
 */
async function portfolioOf(folder: string, files: CallContext['files']) {
  const { listPortfolio } = await import('../portfolio/list-portfolio');
  const asked = openFolder(folder, files);
  const [dataFolder] = files.roots();
  if (dataFolder === undefined || resolve(dataFolder) !== asked) return listPortfolio([asked]);
  const { listFiles } = await import('../workbench/list-files');
  const { recentDocuments } = await import('../workbench/recent-documents');
  // The portfolio's own cache of imported workbooks is not the user's.
  const cache = resolve(asked, 'portfolio-cache');
  const paths = new Set(
    listFiles(asked)
      .files.map((f) => resolve(f.path))
      .filter((path) => !path.startsWith(`${cache}/`) && !path.startsWith(`${cache}\\`)),
  );
  for (const { path } of recentDocuments()) {
    if (!existsSync(path)) continue;
    try {
      paths.add(files.allow(path, 'open'));
    } catch {
      // No longer open to the window: left out.
    }
  }
  return listPortfolio([...paths].sort(), { base: asked });
}

/** The handlers of the coordinator's operations (shared/api/coordinator-operations.ts). */
export const coordinatorHandlers: CoordinatorHandlers = {
  'portfolio.list': async ({ folder }, { files }) => portfolioOf(folder, files),
  'portfolio.export': async ({ folder, path }, { files }) => {
    const target = path === undefined ? undefined : files.allow(path, 'export');
    const portfolio = await portfolioOf(folder, files);
    const { exportRekap } = await import('../portfolio/export-rekap');
    return exportRekap(portfolio, target);
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
