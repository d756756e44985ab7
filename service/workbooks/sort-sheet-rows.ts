import { parseCellName } from '../../shared/workbook/read/cell-address';

const ROW = /<(?:\w+:)?row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
const R = /^(<(?:\w+:)?(?:row|c)\b[^>]*?\sr\s*=\s*)(?:"([^"]*)"|'([^']*)')/;

/**
 * A worksheet's XML with its rows, and the cells of each row, in ascending order. Excel and LibreOffice
 * read rows stored in any order; exceljs does not: it expands a shared formula from the first cell of
 * its group it has seen, so a group whose master comes after the other cells loses their formulas.
 * Rows without a number get the one their place gave them, written out.
 */
export function sortSheetRows(xml: string): string {
  const open = /<(?:\w+:)?sheetData\b[^>]*>/.exec(xml);
  const close = /<\/(?:\w+:)?sheetData>/.exec(xml);
  if (!open || !close || close.index < open.index) return xml;
  const start = open.index + open[0].length;
  const body = xml.slice(start, close.index);
  let previous = 0;
  const rows = [...body.matchAll(ROW)].map(([text], order) => {
    const given = numberOf(text);
    const number = given ?? previous + 1;
    previous = number;
    const withNumber = given === undefined ? text.replace(/^(<(?:\w+:)?row\b)/, `$1 r="${number}"`) : text;
    return { number, order, text: sortCells(withNumber) };
  });
  rows.sort((a, b) => a.number - b.number || a.order - b.order);
  return xml.slice(0, start) + rows.map((r) => r.text).join('') + xml.slice(close.index);
}

function sortCells(row: string): string {
  const cells = [...row.matchAll(CELL)];
  if (cells.length < 2) return row;
  const columns = cells.map(([text]) => {
    const address = R.exec(text);
    return address ? parseCellName(address[2] ?? address[3] ?? '')?.col : undefined;
  });
  if (columns.some((c) => c === undefined)) return row;
  const sorted = cells
    .map(([text], i) => ({ text, col: columns[i] as number, i }))
    .sort((a, b) => a.col - b.col || a.i - b.i);
  const first = cells[0]?.index as number;
  const last = cells.at(-1) as RegExpMatchArray;
  const end = (last.index as number) + last[0].length;
  return row.slice(0, first) + sorted.map((c) => c.text).join('') + row.slice(end);
}

function numberOf(row: string): number | undefined {
  const match = R.exec(row);
  if (!match) return undefined;
  const number = Number(match[2] ?? match[3]);
  return Number.isInteger(number) ? number : undefined;
}
