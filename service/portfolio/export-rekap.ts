import { basename } from 'node:path';
import { createTranslator } from '../../shared/i18n/translator';
import { exportForWindow } from '../workbench/window-export';
import { listPortfolio } from './list-portfolio';
import { writeRekap } from './write-rekap';

/** The rekap workbook of a folder asked for by the window, in Indonesian (as it is submitted). */
export async function exportRekap(folder: string, path?: string) {
  const portfolio = await listPortfolio([folder]);
  return exportForWindow(path, `rekap-${basename(folder) || 'portofolio'}`, (target) =>
    writeRekap(target, portfolio, createTranslator('id')),
  );
}
