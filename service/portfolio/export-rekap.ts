import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createTranslator } from '../../shared/i18n/translator';
import { dataDir } from '../workbench/data-dir';
import { uniquePath } from '../workbench/unique-path';
import { listPortfolio } from './list-portfolio';
import { writeRekap } from './write-rekap';

/**
 * The rekap workbook of a folder asked for by the window (in Indonesian, as it is submitted). With a path
 * (the desktop app's save dialog) it goes there; without one (browser mode) to the workbench's exports
 * folder, its bytes returned for the download.
 */
export async function exportRekap(folder: string, path?: string) {
  const portfolio = await listPortfolio([folder]);
  const target =
    path ?? uniquePath(join(dataDir(), 'exports'), `rekap-${basename(folder) || 'portofolio'}`, '.xlsx');
  await writeRekap(target, portfolio, createTranslator('id'));
  return {
    path: target,
    fileName: basename(target),
    ...(path ? {} : { contentBase64: (await readFile(target)).toString('base64') }),
  };
}
