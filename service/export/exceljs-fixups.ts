import type ExcelJS from 'exceljs';
import { definedNames, setDefinedNames } from '../workbooks/exceljs-internals';

/**
 * Repairs what exceljs 4.4 gets wrong when it writes a workbook it has read. It keeps hidden sheets,
 * styles, merged cells, widths, frozen panes, sheet protection (with its password hash), page setup,
 * print titles and areas, dropdowns, hyperlinks and formulas; but it folds the per-sheet
 * `_xlnm._FilterDatabase` names of auto-filters into one workbook-wide name pointing at the first
 * sheet, which Excel would read as a filter range on the wrong sheet. Excel rebuilds that hidden name
 * from each sheet's auto-filter, so it is dropped.
 */
export function keepWhatExceljsLoses(workbook: ExcelJS.Workbook): void {
  setDefinedNames(
    workbook,
    definedNames(workbook).filter((n) => n.name !== '_xlnm._FilterDatabase'),
  );
}

// Parts exceljs does not carry over, by the path of their entries in the .xlsx package.
const UNSUPPORTED: [string, string][] = [
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/externalLinks/', 'links to other workbooks'],
  ['xl/slicers/', 'slicers'],
];

/**
 * The kinds of content of an .xlsx that exceljs drops on the way through, found by their entry names
 * (stored uncompressed in the zip's directory), so that the export can say so instead of losing them
 * silently.
 */
export function droppedParts(bytes: Uint8Array): string[] {
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return UNSUPPORTED.filter(([path]) => names.includes(path)).map(([, label]) => label);
}
