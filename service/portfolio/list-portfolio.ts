import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import type { Portfolio, UnitInput } from '../../shared/portfolio/portfolio';
import { buildPortfolio } from '../../shared/portfolio/portfolio';
import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';
import { dataDir } from '../workbench/data-dir';
import { checkEntry, readWorkbookEntry } from './portfolio-entry';
import { priorTotal } from './prior-total';
import { scoreAndStore } from './score-unit';
import type { StoredLook } from './stored-scores';
import { lookInto } from './stored-scores';

const WORKBOOK = new Set(['.xlsx', '.xls', '.ods']);

export interface PortfolioOptions {
  /** Points from the next category that count as "within reach". Default 5. */
  reach?: number | undefined;
  /** Where workbooks are imported once, by the SHA-256 of their bytes; else the workbench's folder. */
  cacheDir?: string | undefined;
  /** Told before each file is read: how many are done, of how many, and the file (`rbw portfolio`'s progress line). */
  onProgress?: ((done: number, total: number, file: string) => void) | undefined;
  /** The folder files are named relative to (and the portfolio's folder); a file outside it keeps its path. */
  base?: string | undefined;
}

/**
 * The portfolio of a folder (its documents and workbooks, not its subfolders) or of a list of files.
 * A document's stored scores are used when current, so that listing needs no formula engine; otherwise
 * (and for a workbook seen for the first time) it is scored once and its scores stored. A file that
 * cannot be read is listed with its problem and the others go on.
 */
export async function listPortfolio(
  paths: readonly string[],
  options: PortfolioOptions = {},
): Promise<Portfolio> {
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new ProblemError([{ code: 'file.notFound', where: { file: path } }]);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith('~$') || name.startsWith('.~lock')) continue;
        const ext = extname(name).toLowerCase();
        if (ext === '.rbw' || WORKBOOK.has(ext)) files.push(join(path, name));
      }
    } else files.push(path);
  }
  const base =
    options.base ??
    (paths.length === 1 && statSync(paths[0] as string).isDirectory() ? (paths[0] as string) : '.');
  const inputs: UnitInput[] = [];
  const problems: Portfolio['problems'] = [];
  for (const [done, file] of files.entries()) {
    const inside = relative(base, file);
    const shown =
      options.base && (inside.startsWith('..') || isAbsolute(inside)) ? file : inside || basename(file);
    options.onProgress?.(done, files.length, shown);
    try {
      const ext = extname(file).toLowerCase();
      if (!WORKBOOK.has(ext)) checkEntry(file, shown);
      const document = WORKBOOK.has(ext) ? await cachedImport(file, shown, options.cacheDir) : file;
      const look = await currentScores(document);
      const unitName = WORKBOOK.has(ext)
        ? basename(file, extname(file))
        : (look.metadata.unit ?? look.metadata.agency ?? basename(file, ext));
      inputs.push({
        file: shown,
        unit: unitName,
        scores: look.scores as NonNullable<StoredLook['scores']>,
        priorTotal: priorTotal(document, look),
      });
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      const problem = error.problems[0] as Problem;
      problems.push({
        file: shown,
        problem: {
          code: problem.code,
          ...(problem.params ? { params: problem.params } : {}),
          where: { file: shown },
        },
      });
    }
  }
  return buildPortfolio(base, inputs, problems, options.reach ?? 5);
}

/** The document's scores, from what it stores when current, else scored now (and stored). */
async function currentScores(
  path: string,
): Promise<StoredLook & { scores: NonNullable<StoredLook['scores']> }> {
  const look = lookInto(path);
  if (look?.scores) return { ...look, scores: look.scores };
  const scores = await scoreAndStore(path);
  return { scores, metadata: lookInto(path)?.metadata ?? (look?.metadata as StoredLook['metadata']) };
}

/**
 * A workbook's document in the cache, imported on first sight: the same bytes are never imported twice,
 * and a changed workbook (other bytes) is imported anew.
 */
async function cachedImport(file: string, shown: string, cacheDir?: string): Promise<string> {
  const bytes = readWorkbookEntry(file, shown);
  const folder = cacheDir ?? join(dataDir(), 'portfolio-cache');
  mkdirSync(folder, { recursive: true });
  const cached = join(folder, `${createHash('sha256').update(bytes).digest('hex')}.rbw`);
  if (existsSync(cached)) return cached;
  const { importToDocument } = await import('../workbench/import-to-document');
  // A half-made import of an earlier run (interrupted) is made again.
  rmSync(`${cached}.part`, { force: true });
  const imported = await importToDocument(
    { fileName: basename(file), bytes },
    { author: 'rbw portfolio', out: `${cached}.part`, compareRules: false },
  );
  await scoreAndStore(imported.path, imported.workbook.engine);
  renameSync(imported.path, cached);
  return cached;
}
