import type { CellRef, Formula } from './ast';

/** Every node of a formula, depth first. */
export function* walkFormula(formula: Formula): Generator<Formula> {
  yield formula;
  switch (formula.kind) {
    case 'call':
      for (const arg of formula.args) yield* walkFormula(arg);
      return;
    case 'unary':
    case 'percent':
      yield* walkFormula(formula.arg);
      return;
    case 'binary':
      yield* walkFormula(formula.left);
      yield* walkFormula(formula.right);
      return;
    case 'group':
      yield* walkFormula(formula.inner);
      return;
    case 'array':
      for (const row of formula.rows) for (const item of row) yield* walkFormula(item);
      return;
    default:
      return;
  }
}

/** A referenced cell on the formula's own sheet (sheet undefined) or another, ranges expanded. */
export interface ReferencedCell {
  sheet?: string;
  row: number;
  col: number;
}

const MAX_RANGE_CELLS = 10_000;

/** The cells a formula reads, ranges expanded (huge ranges are skipped: LKE scoring never uses them). */
export function referencedCells(formula: Formula): ReferencedCell[] {
  const cells: ReferencedCell[] = [];
  const add = (ref: CellRef): void => {
    cells.push({ ...(ref.sheet !== undefined ? { sheet: ref.sheet } : {}), row: ref.row, col: ref.col });
  };
  for (const node of walkFormula(formula)) {
    if (node.kind === 'cell') add(node.ref);
    if (node.kind !== 'range') continue;
    const [top, bottom] = [Math.min(node.from.row, node.to.row), Math.max(node.from.row, node.to.row)];
    const [left, right] = [Math.min(node.from.col, node.to.col), Math.max(node.from.col, node.to.col)];
    if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) continue;
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++) add({ ...node.from, row, col });
  }
  return cells;
}

/** Strips redundant parentheses around a node: `((K1))` reads as `K1`. */
export function unwrap(formula: Formula): Formula {
  return formula.kind === 'group' ? unwrap(formula.inner) : formula;
}
