import { basename } from 'node:path';
import { createTranslator } from '../../shared/i18n/translator';
import { exportForWindow } from '../workbench/window-export';
import type { Portfolio } from '../../shared/portfolio/portfolio';
import { writeRekap } from './write-rekap';

/** The rekap workbook of a portfolio the window listed, in Indonesian (as it is submitted). */
export async function exportRekap(portfolio: Portfolio, path?: string) {
  return exportForWindow(path, `rekap-${basename(portfolio.folder) || 'portofolio'}`, (target) =>
    writeRekap(target, portfolio, createTranslator('id')),
  );
}
