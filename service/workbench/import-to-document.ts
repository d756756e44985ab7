import { basename, dirname, extname, join } from 'node:path';
import { createDocument } from '../documents/create-document';
import type { ImportedWorkbook } from '../workbooks/import-workbook';
import { importWorkbook, importWorkbookBytes } from '../workbooks/import-workbook';
import { dataDir } from './data-dir';
import { uniquePath } from './unique-path';

export type WorkbookSource = { path: string } | { fileName: string; bytes: Uint8Array };

export interface ImportOptions {
  /** Who imports, for the document's history. */
  author: string;
  /** Where the document goes; else the workbench's folder, under the workbook's name. */
  out?: string | undefined;
  /**
   * Also compare the workbook's formulas with the standard rule (findings, `rbw import` prints their
   * count); the window leaves it out (its findings dialog runs it when asked). True by default.
   */
  compareRules?: boolean | undefined;
  /** With compareRules, each finding's effect on the total too (`rbw import` prints only the count). */
  measureEffects?: boolean | undefined;
  /** Told as each step starts (`rbw import`'s progress line): reading the workbook, storing the document. */
  onStep?: ((step: 'reading' | 'storing') => void) | undefined;
  /** The answer sheet to import when the workbook holds several; default the one holding most questions. */
  sheet?: string | undefined;
}

export interface ImportedDocument {
  path: string;
  /** The import, its live engine included: the caller destroys it or hands it on (`OpenDocument.adopt`). */
  workbook: ImportedWorkbook;
}

/**
 * Imports an official LKE workbook into a new document: its derived template, this year's answers,
 * notes, evidence and reviewer values, and the workbook itself (the .xlsx bytes and the layout found),
 * so that the workbook's own formulas stay live and export can write back into its layout. Without
 * `out` the document goes to the workbench's folder under the workbook's name; an existing file is never
 * overwritten (a ProblemError says so).
 */
export async function importToDocument(
  source: WorkbookSource,
  { author, out, compareRules = true, measureEffects, onStep, sheet }: ImportOptions,
): Promise<ImportedDocument> {
  onStep?.('reading');
  const options = {
    compareRules,
    ...(measureEffects !== undefined ? { measureEffects } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
  };
  const workbook =
    'path' in source
      ? await importWorkbook(source.path, options)
      : await importWorkbookBytes(source.bytes, source.fileName, options);
  try {
    const fileName = 'path' in source ? basename(source.path) : source.fileName;
    const path =
      out ?? uniquePath(join(dataDir(), 'documents'), basename(fileName, extname(fileName)), '.rbw');
    onStep?.('storing');
    await createDocument(path, {
      template: workbook.template,
      records: workbook.records,
      metadata: {
        ...(workbook.template.year ? { year: workbook.template.year } : {}),
        ...(workbook.agency ? { agency: workbook.agency } : {}),
      },
      sourceWorkbook: {
        fileName:
          extname(fileName).toLowerCase() === '.xlsx'
            ? fileName
            : `${basename(fileName, extname(fileName))}.xlsx`,
        bytes: workbook.xlsx,
        layout: workbook.layout,
      },
      author,
    });
    return { path, workbook };
  } catch (error) {
    workbook.engine.destroy();
    throw error;
  }
}

/** Where `rbw import FILE` puts the document when no --out is given: beside the workbook. */
export const besideWorkbook = (path: string): string =>
  join(dirname(path), `${basename(path, extname(path))}.rbw`);
