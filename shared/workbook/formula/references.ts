import type { CellRef, Formula } from './ast';

/**
 * Every node of a formula, depth first (a node before its children, children left to right). Iterative:
 * a formula near Excel's length limit can nest thousands of operators deep.
 */
export function* walkFormula(formula: Formula): Generator<Formula> {
  const stack: Formula[] = [formula];
  while (stack.length) {
    const node = stack.pop() as Formula;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Formula);
  }
}

/** The direct sub-formulas of a node, left to right. */
export function childrenOf(formula: Formula): Formula[] {
  switch (formula.kind) {
    case 'call':
      return formula.args;
    case 'unary':
    case 'percent':
      return [formula.arg];
    case 'binary':
      return [formula.left, formula.right];
    case 'group':
      return [formula.inner];
    case 'array':
      return formula.rows.flat();
    default:
      return [];
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
