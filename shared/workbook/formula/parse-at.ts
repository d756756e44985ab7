import type { CellRef, Formula } from './ast';
import { parseFormula } from './parse';
import { shapeKey } from './shape-key';
import { sharedMemo, tokenize } from './tokenize';

/** A formula's syntax tree and the cell it was read at, by the formula's shape. */
interface Parsed {
  formula: Formula;
  row: number;
  col: number;
}

const MEMO = 'parsedByShape';

/**
 * Parses the formula of a cell (0-based row and column). Within withTokensShared, a formula whose shape
 * was parsed at another cell (a copy filled down) is that tree moved to this cell — what parsing its
 * own text gives — instead of being parsed again. Throws as parseFormula does.
 */
export function parseFormulaAt(text: string, row: number, col: number): Formula {
  const memo = sharedMemo<Parsed>(MEMO);
  if (!memo) return parseFormula(text);
  const key = shapeKey(tokenize(text), row, col);
  const known = memo.get(key);
  const moved = known && moveFormula(known.formula, row - known.row, col - known.col);
  if (moved) return moved;
  const formula = parseFormula(text);
  if (!known) memo.set(key, { formula, row, col });
  return formula;
}

/** Keeps a tree parsed at a cell for the copies of its formula (see parseFormulaAt); `key` is its shapeKey. */
export function rememberParsed(key: string, formula: Formula, row: number, col: number): void {
  const memo = sharedMemo<Parsed>(MEMO);
  if (memo && !memo.has(key)) memo.set(key, { formula, row, col });
}

/** Rows and columns to move relative references by; `refused` once the tree cannot be moved. */
interface Move {
  rows: number;
  cols: number;
  refused: boolean;
}

/**
 * A copy of a tree with its relative references moved by rows and columns; null when it holds a
 * reference kept as text (`A:A`), which a move cannot rewrite. Iterative (a formula near Excel's length
 * limit nests thousands of operators deep): each node is copied with its children still the originals,
 * then each child is replaced by its copy. Module functions only, no closures: this runs per formula.
 */
function moveFormula(formula: Formula, rows: number, cols: number): Formula | null {
  const move: Move = { rows, cols, refused: false };
  const root = copyNode(formula, move);
  const stack: Formula[] = [root];
  while (stack.length && !move.refused) {
    const node = stack.pop() as Formula;
    switch (node.kind) {
      case 'call':
        for (let i = 0; i < node.args.length; i++)
          node.args[i] = pushed(stack, copyNode(node.args[i] as Formula, move));
        break;
      case 'unary':
      case 'percent':
        node.arg = pushed(stack, copyNode(node.arg, move));
        break;
      case 'binary':
        node.left = pushed(stack, copyNode(node.left, move));
        node.right = pushed(stack, copyNode(node.right, move));
        break;
      case 'array':
        for (const cells of node.rows)
          for (let i = 0; i < cells.length; i++)
            cells[i] = pushed(stack, copyNode(cells[i] as Formula, move));
        break;
      case 'group':
        node.inner = pushed(stack, copyNode(node.inner, move));
        break;
      default:
        break;
    }
  }
  return move.refused ? null : root;
}

function pushed(stack: Formula[], node: Formula): Formula {
  stack.push(node);
  return node;
}

/** A node with the same children (copied by the caller), its references moved. */
function copyNode(node: Formula, move: Move): Formula {
  switch (node.kind) {
    case 'cell':
      return { kind: 'cell', ref: moveRef(node.ref, move) };
    case 'range':
      return { kind: 'range', from: moveRef(node.from, move), to: moveRef(node.to, move) };
    case 'area':
      move.refused = true;
      return node;
    case 'call':
      return { kind: 'call', name: node.name, args: node.args.slice() };
    case 'unary':
      return { kind: 'unary', op: node.op, arg: node.arg };
    case 'percent':
      return { kind: 'percent', arg: node.arg };
    case 'binary':
      return { kind: 'binary', op: node.op, left: node.left, right: node.right };
    case 'array':
      return { kind: 'array', rows: node.rows.map((cells) => cells.slice()) };
    case 'group':
      return { kind: 'group', inner: node.inner };
    default:
      return { ...node };
  }
}

function moveRef(ref: CellRef, move: Move): CellRef {
  const row = ref.rowAbsolute ? ref.row : ref.row + move.rows;
  const col = ref.colAbsolute ? ref.col : ref.col + move.cols;
  if (row < 0 || col < 0) move.refused = true;
  // The same properties in the same order as parseFormula's.
  return ref.sheet !== undefined
    ? { sheet: ref.sheet, col, row, colAbsolute: ref.colAbsolute, rowAbsolute: ref.rowAbsolute }
    : { col, row, colAbsolute: ref.colAbsolute, rowAbsolute: ref.rowAbsolute };
}
