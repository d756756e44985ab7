import { StringDecoder } from 'node:string_decoder';
import { parseCellName } from '../../shared/workbook/read/cell-address';
import { PACKAGE_LIMITS } from './package-limits';

/** What a sheet's XML says about its size, read without building it. */
export interface SheetScan {
  /** Highest row and column (1-based) used or declared. */
  rows: number;
  columns: number;
  cells: number;
  /**
   * Cells holding nothing but a style (`<c r="XFD5" s="3"/>`): LibreOffice writes one for every column of
   * a row formatted to the sheet's end. They count toward no limit and are dropped before reading.
   */
  empty: number;
  /** Rows (or cells of a row) stored out of order: exceljs would then lose shared formulas. */
  outOfOrder: boolean;
}

/** Thrown inside the scan when a sheet goes over a limit; carries the limit's problem code. */
export class SheetLimitExceeded extends Error {
  constructor(
    readonly code: 'workbook.tooManyRows' | 'workbook.tooManyColumns' | 'workbook.tooManyCells',
    readonly params: Record<string, number | string>,
  ) {
    super(code);
  }
}

// The start tags the scan needs: rows, cells and the declared dimension, with any namespace prefix.
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension)(?=[\s/>])([^>]*)>/g;
const R = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const REF = /\sref\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * Scans one worksheet's XML chunk by chunk: the declared <dimension>, every row number and cell address,
 * and the number of cells. It stops at the first value over PACKAGE_LIMITS, so a sheet numbering a row
 * 99,999,999 is refused after reading that one row. Only start tags are looked at, with one regular
 * expression over each chunk (a full XML parser took as long as exceljs itself; exceljs parses the XML
 * afterwards and refuses what is not well-formed). `cellsBefore` counts the cells of the sheets scanned
 * before, for the workbook-wide limit.
 */
export class SheetScanner {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private row = 0;
  private lastRow = 0;
  private col = 0;
  readonly scan: SheetScan = { rows: 0, columns: 0, cells: 0, empty: 0, outOfOrder: false };

  constructor(private readonly cellsBefore: number) {}

  write(chunk: Buffer): void {
    const text = this.pending + this.decoder.write(chunk);
    // A tag cut by the end of the chunk waits for the next one.
    const open = text.lastIndexOf('<');
    const complete = open >= 0 && text.indexOf('>', open) < 0 ? open : text.length;
    this.tags(text.slice(0, complete));
    this.pending = text.slice(complete);
    if (this.pending.length > 1024 * 1024) throw new Error('a tag longer than 1 MB');
  }

  close(): SheetScan {
    this.tags(this.pending + this.decoder.end());
    this.pending = '';
    return this.scan;
  }

  private tags(text: string): void {
    for (const [, name, attributes = ''] of text.matchAll(TAG)) {
      if (name === 'row') this.openRow(attributeOf(R, attributes));
      else if (name === 'c') this.openCell(attributeOf(R, attributes), attributes.trimEnd().endsWith('/'));
      else this.dimension(attributeOf(REF, attributes));
    }
  }

  private openRow(r: string | undefined): void {
    const row = r === undefined ? this.lastRow + 1 : Number(r);
    if (!Number.isInteger(row) || row < 1) throw new Error(`row number "${r}"`);
    if (row <= this.lastRow) this.scan.outOfOrder = true;
    this.checkRow(row);
    this.row = row;
    this.lastRow = row;
    this.col = 0;
  }

  private openCell(r: string | undefined, empty: boolean): void {
    let col = this.col + 1;
    if (r !== undefined) {
      const cell = parseCellName(r);
      if (!cell || cell.row < 0) throw new Error(`cell address "${r}"`);
      if (cell.row + 1 !== this.row) this.scan.outOfOrder = true;
      this.checkRow(cell.row + 1);
      col = cell.col + 1;
    }
    if (col <= this.col) this.scan.outOfOrder = true;
    this.col = col;
    if (empty) {
      this.scan.empty++;
      return;
    }
    this.checkColumn(col);
    this.scan.cells++;
    if (this.cellsBefore + this.scan.cells > PACKAGE_LIMITS.cells) {
      throw new SheetLimitExceeded('workbook.tooManyCells', { max: PACKAGE_LIMITS.cells });
    }
  }

  /**
   * `ref` is "A1:AD2210", or one cell "A1" for an empty sheet. Only its rows are held to the limit:
   * LibreOffice declares the sheet's last column (XFD) for rows formatted to the end.
   */
  private dimension(ref: string | undefined): void {
    const last = ref?.split(':').at(-1);
    const cell = last ? parseCellName(last) : null;
    if (!cell) return;
    this.checkRow(cell.row + 1);
  }

  private checkRow(row: number): void {
    if (row > PACKAGE_LIMITS.rows) {
      throw new SheetLimitExceeded('workbook.tooManyRows', { row, max: PACKAGE_LIMITS.rows });
    }
    this.scan.rows = Math.max(this.scan.rows, row);
  }

  private checkColumn(col: number): void {
    if (col > PACKAGE_LIMITS.columns) {
      throw new SheetLimitExceeded('workbook.tooManyColumns', { column: col, max: PACKAGE_LIMITS.columns });
    }
    this.scan.columns = Math.max(this.scan.columns, col);
  }
}

function attributeOf(pattern: RegExp, attributes: string): string | undefined {
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}
