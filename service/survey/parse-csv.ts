import type { CellValue } from '../../shared/workbook/read/sheet-data';

/**
 * A CSV file as Google Forms and the SKM applications export it (RFC 4180 quoting; comma, semicolon —
 * what an Indonesian Excel writes — or tab, whichever the header line uses most). Reading stops after
 * `maxRows` rows so that a huge file costs bounded memory; the caller refuses it by its row count. A
 * cell starting with "=" is kept as a formula, never evaluated.
 */
export function parseCsv(text: string, maxRows: number): { value: CellValue; formula?: string }[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const rows: { value: CellValue; formula?: string }[][] = [];
  let row: { value: CellValue; formula?: string }[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = (): void => {
    const cell =
      !wasQuoted && field.startsWith('=')
        ? { value: null, formula: field.slice(1) }
        : { value: field === '' ? null : field };
    row.push(cell);
    field = '';
    wasQuoted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRow();
      if (rows.length >= maxRows) return rows;
    } else field += ch;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}

function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const outside = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, outside.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}
