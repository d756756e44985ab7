/**
 * Browser mode: `npm run web -- [FILE] [--folder=DIR …] [--port=N]` serves the renderer and the service
 * on 127.0.0.1 and prints the URL to open. FILE is a document (.rbw) or an official workbook (.xlsx /
 * .xls / .ods, imported on the fly); without it the last document opens, or a sample. The window may use
 * FILE, the documents and workbooks in each DIR and the workbench's data folder, and nothing else: other
 * files reach it as uploads and leave it as downloads.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator, formatProblem } from '../shared/i18n/translator';
import { ProblemError } from '../shared/problem';
import {
  callFromWindow,
  closeAllDocuments,
  openAtStart,
  resolveAuthor,
  windowFileAccess,
} from '../service/api/window';
import { startWebServer } from './server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = join(root, 'dist', 'renderer');

async function main(argv: string[]): Promise<number> {
  const t = createTranslator(process.env.RBW_LANG === 'en' ? 'en' : 'id');
  const file = argv.find((a) => !a.startsWith('--'));
  const folders = argv
    .filter((a) => a.startsWith('--folder='))
    .map((a) => resolve(a.slice('--folder='.length)));
  const port = Number(argv.find((a) => a.startsWith('--port='))?.slice('--port='.length) ?? 0);
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('rbw web: dist/renderer is missing; run `npm run web` (it builds the renderer first).');
    return 1;
  }
  const missing = folders.find((folder) => !existsSync(folder) || !statSync(folder).isDirectory());
  if (missing) {
    console.error(`rbw web: ${missing}: ${t('access.noFolder')}`);
    return 1;
  }
  const author = resolveAuthor();
  const files = windowFileAccess();
  for (const folder of folders) files.grantFolder(folder);
  if (file) {
    // Open (or import) before serving, so a bad file is reported here and nothing is served.
    try {
      files.grantFile(resolve(file));
      files.grantFile(await openAtStart(resolve(file), author));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      for (const problem of error.problems) console.error(`rbw web: ${formatProblem(problem, t)}`);
      return 1;
    }
  }
  const server = await startWebServer({ staticDir, call: callFromWindow, author, files, port });
  console.log(`RB Workbench: ${server.url}`);
  const stop = () => {
    closeAllDocuments();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}

const code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
