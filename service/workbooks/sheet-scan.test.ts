import { describe, expect, it } from 'vitest';
import { PACKAGE_LIMITS } from './package-limits';
import { SheetLimitExceeded, SheetScanner } from './sheet-scan';
import { sortSheetRows } from './sort-sheet-rows';

const sheet = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData>${rows}</sheetData></worksheet>`;

/** Scans XML fed in small chunks, as it arrives from the zip. */
function scan(xml: string, cellsBefore = 0) {
  const scanner = new SheetScanner(cellsBefore);
  const bytes = Buffer.from(xml);
  for (let at = 0; at < bytes.length; at += 7) scanner.write(bytes.subarray(at, at + 7));
  return scanner.close();
}

const limitOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof SheetLimitExceeded) return error.code;
    throw error;
  }
  return 'none';
};

describe('scanning a sheet before reading it', () => {
  it('counts rows, columns and cells, and sees rows and cells stored out of order', () => {
    const v = (r: string) => `<c r="${r}"><v>1</v></c>`;
    const ordered = sheet(`<row r="1">${v('A1')}${v('C1')}</row><row r="3">${v('B3')}</row>`);
    expect(scan(ordered)).toEqual({ rows: 3, columns: 3, cells: 3, empty: 0, outOfOrder: false });
    expect(scan(sheet(`<row r="3">${v('B3')}</row><row r="1">${v('A1')}</row>`)).outOfOrder).toBe(true);
    expect(scan(sheet(`<row r="1">${v('C1')}${v('A1')}</row>`)).outOfOrder).toBe(true);
    // Rows and cells without numbers follow the previous ones; the declared dimension counts its rows only.
    expect(scan(sheet('<row><c><v>1</v></c><c><v>1</v></c></row><row><c><v>1</v></c></row>'))).toEqual({
      rows: 3,
      columns: 2,
      cells: 3,
      empty: 0,
      outOfOrder: false,
    });
  });

  it('lets cells holding only a style pass uncounted, as LibreOffice writes them to the last column', () => {
    const padded = Array.from({ length: 100 }, (_, i) => `<c r="${columnName(1000 + i)}1" s="3"/>`).join('');
    const found = scan(sheet(`<row r="1"><c r="A1"><v>1</v></c>${padded}</row>`).replace('A1:C3', 'A1:XFD1'));
    expect(found).toMatchObject({ rows: 1, columns: 1, cells: 1, empty: 100 });
  });

  it('stops at the first row, column or cell over the limits', () => {
    expect(limitOf(() => scan(sheet(`<row r="${PACKAGE_LIMITS.rows + 1}"/>`)))).toBe('workbook.tooManyRows');
    expect(limitOf(() => scan(sheet('<row r="1"><c r="AMK1"><v>1</v></c></row>')))).toBe(
      'workbook.tooManyColumns',
    );
    expect(limitOf(() => scan(sheet('<row r="1"><c r="A1"/></row>').replace('A1:C3', 'A1:A1048576')))).toBe(
      'workbook.tooManyRows',
    );
    expect(
      limitOf(() =>
        scan(
          sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1</v></c></row>'),
          PACKAGE_LIMITS.cells - 1,
        ),
      ),
    ).toBe('workbook.tooManyCells');
  });
});

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

describe('putting rows in order', () => {
  it('sorts rows by number and cells by column, numbering rows that had none, and keeps the rest', () => {
    const xml = sheet(
      '<row r="3" spans="1:2"><c r="B3" t="s"><v>2</v></c><c r="A3"><f t="shared" ref="A3:A4" si="0">B3*2</f><v>4</v></c></row>' +
        '<row r="1"><c r="A1"/></row><row r="2"/>',
    );
    expect(sortSheetRows(xml)).toBe(
      sheet(
        '<row r="1"><c r="A1"/></row><row r="2"/>' +
          '<row r="3" spans="1:2"><c r="A3"><f t="shared" ref="A3:A4" si="0">B3*2</f><v>4</v></c><c r="B3" t="s"><v>2</v></c></row>',
      ),
    );
    expect(sortSheetRows(sheet('<row><c/></row>'))).toBe(sheet('<row r="1"><c/></row>'));
  });
});
