import type { CellRef, Formula } from '../formula/ast';
import { parseFormula } from '../formula/parse';
import { childrenOf } from '../formula/references';
import type { Token } from '../formula/tokenize';
import { tokenize } from '../formula/tokenize';
import { rememberParsed } from '../formula/parse-at';
import { shapeKey } from '../formula/shape-key';

/**
 * How a referenced cell takes part in a formula's result: `adds` when a larger value there gives a larger
 * result (summed, averaged, multiplied, compared in a condition, looked up); `subtracts` on the right of
 * a minus (a delta between two years); `divides` under a division (a weight turned into a %).
 */
export type Polarity = 'adds' | 'subtracts' | 'divides';

/** A cell of a formula relative to the formula's own cell, or absolute where the formula says `$`. */
interface ShapeCell {
  sheet?: string;
  row: number;
  rowAbsolute: boolean;
  col: number;
  colAbsolute: boolean;
}

/**
 * What a formula reads, written relative to its own cell: the same for every copy of a formula filled
 * down a column, so it is worked out once per shape rather than once per cell.
 */
export interface FormulaShape {
  refs: { from: ShapeCell; to: ShapeCell; polarity: Polarity }[];
  /** Cells compared with a text (`K8="Ya"`). */
  compares: { cell: ShapeCell; text: string }[];
  /** The formula is one reference (`=L198`): the cell it shows. */
  mirrors?: ShapeCell;
}

/** A formula's references placed at a cell: sheet names as written, rows and columns 0-based. */
export interface PlacedRef {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  polarity: Polarity;
}

/**
 * Reads formulas by shape: the tokens of a formula with its references made relative are the key, and
 * the syntax tree is built only for the first formula of each shape. A column of 200 copies of one
 * question formula costs one parse.
 */
export class ShapeReader {
  private readonly shapes = new Map<string, FormulaShape | Error>();

  constructor(private readonly names: Map<string, string>) {}

  /** The shape of a formula at a cell; an Error when the formula cannot be read. */
  read(text: string, row: number, col: number): FormulaShape | Error {
    let tokens: Token[];
    try {
      tokens = tokenize(text);
    } catch (error) {
      return error as Error;
    }
    const key = shapeKey(tokens, row, col);
    const known = this.shapes.get(key);
    if (known) return known;
    let shape: FormulaShape | Error;
    try {
      const formula = parseFormula(text);
      // Later readers of copies of this formula (the template's plan) take this tree, moved.
      rememberParsed(key, formula, row, col);
      shape = shapeOf(formula, row, col, this.names);
    } catch (error) {
      shape = error as Error;
    }
    this.shapes.set(key, shape);
    return shape;
  }
}

/** The references of a shape placed at a cell. */
export function placeRefs(shape: FormulaShape, row: number, col: number): PlacedRef[] {
  return shape.refs.map(({ from, to, polarity }) => {
    const top = from.rowAbsolute ? from.row : from.row + row;
    const bottom = to.rowAbsolute ? to.row : to.row + row;
    const left = from.colAbsolute ? from.col : from.col + col;
    const right = to.colAbsolute ? to.col : to.col + col;
    const placed: PlacedRef = {
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
      polarity,
    };
    if (from.sheet !== undefined) placed.sheet = from.sheet;
    return placed;
  });
}

export function placeCell(
  cell: ShapeCell,
  row: number,
  col: number,
): { sheet?: string; row: number; col: number } {
  const placed: { sheet?: string; row: number; col: number } = {
    row: cell.rowAbsolute ? cell.row : cell.row + row,
    col: cell.colAbsolute ? cell.col : cell.col + col,
  };
  if (cell.sheet !== undefined) placed.sheet = cell.sheet;
  return placed;
}

function shapeOf(formula: Formula, row: number, col: number, names: Map<string, string>): FormulaShape {
  const shape: FormulaShape = { refs: [], compares: [] };
  const rel = (ref: CellRef): ShapeCell => ({
    ...(ref.sheet !== undefined ? { sheet: ref.sheet } : {}),
    row: ref.rowAbsolute ? ref.row : ref.row - row,
    rowAbsolute: ref.rowAbsolute,
    col: ref.colAbsolute ? ref.col : ref.col - col,
    colAbsolute: ref.colAbsolute,
  });
  // A defined name's cells are where the name says, whatever the formula's cell.
  const absolute = (ref: CellRef): ShapeCell => ({
    ...(ref.sheet !== undefined ? { sheet: ref.sheet } : {}),
    row: ref.row,
    rowAbsolute: true,
    col: ref.col,
    colAbsolute: true,
  });
  if (formula.kind === 'cell') shape.mirrors = rel(formula.ref);
  const stack: { node: Formula; polarity: Polarity; named: boolean }[] = [
    { node: formula, polarity: 'adds', named: false },
  ];
  let namesRead = 0;
  while (stack.length) {
    const { node, polarity, named } = stack.pop() as (typeof stack)[number];
    const place = named ? absolute : rel;
    switch (node.kind) {
      case 'cell':
        shape.refs.push({ from: place(node.ref), to: place(node.ref), polarity });
        break;
      case 'range':
        shape.refs.push({
          from: place(node.from),
          to: place({ ...node.to, sheet: node.from.sheet } as CellRef),
          polarity,
        });
        break;
      case 'name': {
        const target = names.get(node.name.toLowerCase());
        // Names may refer to names; a few levels are all a workbook needs, and a cycle must end.
        if (!target || ++namesRead > 32) break;
        try {
          stack.push({ node: parseFormula(target), polarity, named: true });
        } catch {
          // A name we cannot read adds nothing to the structure.
        }
        break;
      }
      case 'binary': {
        if (node.op === '=') {
          for (const [side, other] of [
            [node.left, node.right],
            [node.right, node.left],
          ] as const)
            if (side.kind === 'cell' && other.kind === 'string')
              shape.compares.push({ cell: place(side.ref), text: other.value });
        }
        stack.push({ node: node.left, polarity, named });
        const right: Polarity =
          node.op === '-' ? flip(polarity) : node.op === '/' || node.op === '^' ? 'divides' : polarity;
        stack.push({ node: node.right, polarity: right, named });
        break;
      }
      case 'unary':
        stack.push({ node: node.arg, polarity: node.op === '-' ? flip(polarity) : polarity, named });
        break;
      default:
        for (const child of childrenOf(node)) stack.push({ node: child, polarity, named });
    }
  }
  return shape;
}

function flip(polarity: Polarity): Polarity {
  if (polarity === 'adds') return 'subtracts';
  if (polarity === 'subtracts') return 'adds';
  return polarity;
}
