import type { CellRef, Formula } from '../workbook/formula/ast';
import { parseFormula } from '../workbook/formula/parse';
import { printFormula } from '../workbook/formula/print';

/**
 * A formula of a sheet with its references to some columns of that sheet moved to others
 * (`K8` → `R8`, `AVERAGE(L8:L9)*H7` → `AVERAGE(S8:S9)*H7` for K→R, L→S): how the reviewer's block gets
 * the same formulas as the unit's. References to other sheets and other columns stay. Null when the
 * formula cannot be read.
 */
export function moveColumns(
  formula: string,
  moves: ReadonlyMap<number, number>,
  sheet: string,
): string | null {
  let tree: Formula;
  try {
    tree = parseFormula(formula);
  } catch {
    return null;
  }
  const move = (ref: CellRef): CellRef => {
    if (ref.sheet !== undefined && ref.sheet !== sheet) return ref;
    const col = moves.get(ref.col);
    return col === undefined ? ref : { ...ref, col };
  };
  const visit = (node: Formula): Formula => {
    switch (node.kind) {
      case 'cell':
        return { ...node, ref: move(node.ref) };
      case 'range': {
        // A range is moved only when both ends are: a range across columns keeps its shape.
        const from = moves.get(node.from.col);
        if (from === undefined || node.from.col !== node.to.col) return node;
        return { ...node, from: move(node.from), to: move(node.to) };
      }
      case 'call':
        return { ...node, args: node.args.map(visit) };
      case 'unary':
      case 'percent':
        return { ...node, arg: visit(node.arg) };
      case 'binary':
        return { ...node, left: visit(node.left), right: visit(node.right) };
      case 'group':
        return { ...node, inner: visit(node.inner) };
      case 'array':
        return { ...node, rows: node.rows.map((row) => row.map(visit)) };
      default:
        return node;
    }
  };
  return printFormula(visit(tree));
}
