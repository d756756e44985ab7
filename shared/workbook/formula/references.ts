import type { Formula } from './ast';

/**
 * Every node of a formula, depth first (a node before its children, children left to right). Iterative:
 * a formula near Excel's length limit can nest thousands of operators deep.
 */
export function* walkFormula(formula: Formula): Generator<Formula> {
  const stack: Formula[] = [formula];
  while (stack.length) {
    const node = stack.pop() as Formula;
    yield node;
    pushChildren(stack, node);
  }
}

/** walkFormula without a generator: `visit` gets every node in the same order. */
export function forEachNode(formula: Formula, visit: (node: Formula) => void): void {
  const stack: Formula[] = [formula];
  while (stack.length) {
    const node = stack.pop() as Formula;
    visit(node);
    pushChildren(stack, node);
  }
}

/** Pushes a node's children last to first (popped first to last), with no array of its own. */
function pushChildren(stack: Formula[], node: Formula): void {
  switch (node.kind) {
    case 'call':
      for (let i = node.args.length - 1; i >= 0; i--) stack.push(node.args[i] as Formula);
      return;
    case 'unary':
    case 'percent':
      stack.push(node.arg);
      return;
    case 'binary':
      stack.push(node.right, node.left);
      return;
    case 'group':
      stack.push(node.inner);
      return;
    case 'array':
      for (let r = node.rows.length - 1; r >= 0; r--) {
        const row = node.rows[r] as Formula[];
        for (let i = row.length - 1; i >= 0; i--) stack.push(row[i] as Formula);
      }
      return;
    default:
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

/** A rectangle of cells a formula reads (a single cell is one of one), rows and columns in order. */
export interface ReferencedArea {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The cells and ranges a formula reads, in the order of referencedCells, without expanding ranges (huge
 * ranges are skipped as there): a question's formula may read a whole table, asked only for a column.
 */
export function referencedAreas(formula: Formula): readonly ReferencedArea[] {
  const known = areasOf.get(formula);
  if (known) return known;
  const areas: ReferencedArea[] = [];
  forEachNode(formula, (node) => {
    if (node.kind === 'cell') {
      const { sheet, row, col } = node.ref;
      areas.push({ ...(sheet !== undefined ? { sheet } : {}), top: row, left: col, bottom: row, right: col });
    }
    if (node.kind !== 'range') return;
    const [top, bottom] = [Math.min(node.from.row, node.to.row), Math.max(node.from.row, node.to.row)];
    const [left, right] = [Math.min(node.from.col, node.to.col), Math.max(node.from.col, node.to.col)];
    if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) return;
    const sheet = node.from.sheet;
    areas.push({ ...(sheet !== undefined ? { sheet } : {}), top, left, bottom, right });
  });
  areasOf.set(formula, areas);
  return areas;
}

/** Areas by syntax tree (trees are not changed once parsed): a question's formula is asked several times. */
const areasOf = new WeakMap<Formula, ReferencedArea[]>();

/**
 * The rows, in the order referencedCells reaches them, of the cells a formula reads on its own sheet in
 * one of `columns`; each row once.
 */
export function rowsReadIn(formula: Formula, columns: readonly number[]): number[] {
  const rows = new Set<number>();
  for (const area of referencedAreas(formula)) {
    if (area.sheet !== undefined || !columns.some((c) => c >= area.left && c <= area.right)) continue;
    for (let row = area.top; row <= area.bottom; row++) rows.add(row);
  }
  return [...rows];
}

/** Whether a formula reads the cell (on any sheet, as referencedCells gives them). */
export function readsCell(formula: Formula, row: number, col: number): boolean {
  return referencedAreas(formula).some(
    (a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right,
  );
}

/** The cells a formula reads, ranges expanded (huge ranges are skipped: LKE scoring never uses them). */
export function referencedCells(formula: Formula): ReferencedCell[] {
  const cells: ReferencedCell[] = [];
  for (const { sheet, top, left, bottom, right } of referencedAreas(formula))
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++)
        cells.push({ ...(sheet !== undefined ? { sheet } : {}), row, col });
  return cells;
}

/** Strips redundant parentheses around a node: `((K1))` reads as `K1`. */
export function unwrap(formula: Formula): Formula {
  return formula.kind === 'group' ? unwrap(formula.inner) : formula;
}
