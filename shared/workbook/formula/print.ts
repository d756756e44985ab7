import { columnLetters } from '../read/cell-address';
import type { CellRef, Formula } from './ast';

/** Formula text (without "=") of a syntax tree, in Excel's notation. */
export function printFormula(formula: Formula): string {
  switch (formula.kind) {
    case 'number':
      return String(formula.value);
    case 'string':
      return `"${formula.value.replace(/"/g, '""')}"`;
    case 'boolean':
      return formula.value ? 'TRUE' : 'FALSE';
    case 'error':
      return formula.value;
    case 'cell':
      return printRef(formula.ref, true);
    case 'range':
      return `${printRef(formula.from, true)}:${printRef(formula.to, false)}`;
    case 'area':
      return formula.text;
    case 'name':
      return formula.name;
    case 'call':
      return `${formula.name}(${formula.args.map(printFormula).join(',')})`;
    case 'unary':
      return `${formula.op}${printFormula(formula.arg)}`;
    case 'percent':
      return `${printFormula(formula.arg)}%`;
    case 'binary':
      return `${printFormula(formula.left)}${formula.op}${printFormula(formula.right)}`;
    case 'array':
      return `{${formula.rows.map((row) => row.map(printFormula).join(',')).join(';')}}`;
    case 'group':
      return `(${printFormula(formula.inner)})`;
  }
}

/** A cell reference as Excel writes it; the sheet is written only when asked (first cell of a range). */
export function printRef(ref: CellRef, withSheet = true): string {
  const sheet = withSheet && ref.sheet !== undefined ? `${quoteSheet(ref.sheet)}!` : '';
  return `${sheet}${ref.colAbsolute ? '$' : ''}${columnLetters(ref.col)}${ref.rowAbsolute ? '$' : ''}${ref.row + 1}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
