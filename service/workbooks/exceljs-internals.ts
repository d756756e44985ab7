import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { isSafeLink } from '../../shared/records/link-policy';
import { ProblemError } from '../../shared/problem';
import { checkXlsxParts } from './check-xlsx';
import { corrupt } from './zip-package';

/**
 * The one place that reaches into exceljs 4.4 beyond its typed API: loading a workbook (after the
 * package checks), and the merged ranges, dropdown validations, defined names and sheet protection that
 * exceljs keeps in undocumented fields. Everything else uses these functions, so an exceljs upgrade
 * is checked here and only here.
 */

/** A merged range as exceljs keeps it: 1-based, inclusive. */
export interface ExcelMergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A defined name as exceljs keeps it: its name and the ranges it refers to. */
export interface ExcelDefinedName {
  name: string;
  ranges: string[];
}

/** Dropdowns and other checks of a sheet by address ("K8", "range:K8:K20"), live: changes are written. */
export type ExcelValidations = Record<string, ExcelJS.DataValidation | undefined>;

interface SheetInternals {
  _merges?: Record<string, ExcelMergedRange>;
  dataValidations?: { model?: ExcelValidations };
  sheetProtection?: { sheet?: boolean };
}

interface WorkbookInternals {
  definedNames: { model?: ExcelDefinedName[] };
}

/**
 * Reads .xlsx bytes with exceljs after checking the package against PACKAGE_LIMITS (see check-xlsx.ts);
 * a damaged or oversized file is a ProblemError naming `file` (and the sheet).
 */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const checked = await checkXlsxParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  const workbook = new ExcelJS.Workbook();
  if (checked.parts) unpacked.set(checked.bytes, checked.parts);
  try {
    await workbook.xlsx.load(checked.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw error instanceof ProblemError ? error : corrupt(file, error);
  } finally {
    unpacked.delete(checked.bytes);
  }
  return workbook;
}

/**
 * Packages whose parts the check has just unpacked, by the bytes handed to exceljs. exceljs 4.4 unpacks
 * a package with `JSZip.loadAsync(bytes)` and reads each part with `entry.async('string' | 'nodebuffer')`
 * in the order of `zip.files`; for these bytes it is given the parts already unpacked (in the package's
 * order) instead of unpacking them a second time. Any other bytes go to JSZip as before.
 */
const unpacked = new WeakMap<Buffer, Map<string, Buffer>>();

interface UnpackedPart {
  name: string;
  dir: false;
  async(type: 'string' | 'nodebuffer'): Promise<string | Buffer>;
}

const jszipLoad = JSZip.loadAsync.bind(JSZip);
JSZip.loadAsync = ((data: unknown, options?: JSZip.JSZipLoadOptions) => {
  const parts = Buffer.isBuffer(data) ? unpacked.get(data) : undefined;
  if (!parts) return jszipLoad(data as Buffer, options);
  const files: Record<string, UnpackedPart> = {};
  for (const [name, content] of parts)
    files[name] = {
      name,
      dir: false,
      async: (type) => Promise.resolve(type === 'string' ? content.toString('utf8') : content),
    };
  return Promise.resolve({ files } as unknown as JSZip);
}) as typeof JSZip.loadAsync;

/**
 * Turns every hyperlink of the workbook that the link policy refuses (`javascript:`, `file:`, UNC …)
 * into its text, so that a workbook written back (an export into the imported workbook) never carries a
 * live link of that kind, even in cells the export does not touch. Returns how many were turned.
 */
export function disarmLinks(workbook: ExcelJS.Workbook): number {
  let disarmed = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { hyperlink?: unknown; text?: unknown } | null;
        if (typeof value !== 'object' || value === null || typeof value.hyperlink !== 'string') return;
        if (isSafeLink(value.hyperlink)) return;
        cell.value = typeof value.text === 'string' ? value.text : cell.text;
        disarmed++;
      }),
    ),
  );
  return disarmed;
}

/**
 * The .xlsx bytes of a workbook, lightly compressed (an option exceljs passes to its zip writer without
 * typing it): about twice as fast as the default for a file a quarter bigger (~90 kB for LKE ZI).
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const options = { zip: { compressionOptions: { level: 1 } } } as unknown as ExcelJS.XlsxWriteOptions;
  return Buffer.from(await workbook.xlsx.writeBuffer(options));
}

/** The sheet's merged ranges. `_merges` rather than `model.merges`: that getter serialises the sheet. */
export function mergedRanges(sheet: ExcelJS.Worksheet): ExcelMergedRange[] {
  return Object.values((sheet as unknown as SheetInternals)._merges ?? {});
}

/** The sheet's validations, live (an entry deleted here is not written). */
export function sheetValidations(sheet: ExcelJS.Worksheet): ExcelValidations {
  const internals = sheet as unknown as SheetInternals;
  internals.dataValidations ??= {};
  internals.dataValidations.model ??= {};
  return internals.dataValidations.model;
}

export function isSheetProtected(sheet: ExcelJS.Worksheet): boolean {
  return !!(sheet as unknown as SheetInternals).sheetProtection?.sheet;
}

export function definedNames(workbook: ExcelJS.Workbook): ExcelDefinedName[] {
  return (workbook as unknown as WorkbookInternals).definedNames.model ?? [];
}

export function setDefinedNames(workbook: ExcelJS.Workbook, names: ExcelDefinedName[]): void {
  (workbook as unknown as WorkbookInternals).definedNames.model = names;
}
