import type { CellRef, Formula } from '../formula/ast';
import { parseFormula } from '../formula/parse';
import { childrenOf } from '../formula/references';
import type { Token } from '../formula/tokenize';
import { tokenize } from '../formula/tokenize';

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
      shape = shapeOf(parseFormula(text), row, col, this.names);
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
    const a = placeCell(from, row, col);
    const b = placeCell(to, row, col);
    return {
      ...(from.sheet !== undefined ? { sheet: from.sheet } : {}),
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.col, b.col),
      right: Math.max(a.col, b.col),
      polarity,
    };
  });
}

export function placeCell(
  cell: ShapeCell,
  row: number,
  col: number,
): { sheet?: string; row: number; col: number } {
  return {
    ...(cell.sheet !== undefined ? { sheet: cell.sheet } : {}),
    row: cell.rowAbsolute ? cell.row : cell.row + row,
    col: cell.colAbsolute ? cell.col : cell.col + col,
  };
}

/** Tokens with references written relative to the formula's cell: equal for copies of one formula. */
function shapeKey(tokens: Token[], row: number, col: number): string {
  let key = '';
  for (const token of tokens) {
    if (token.kind === 'space') continue;
    key += token.kind === 'ref' ? relativeRef(token.text, row, col) : token.text;
    key += '\u0001';
  }
  return key;
}

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)/g;

function relativeRef(text: string, row: number, col: number): string {
  // Only the cells are relative: a sheet name ("Sheet1!") stays as it is written.
  const bang = text.lastIndexOf('!');
  return text.slice(0, bang + 1) + relativeCells(text.slice(bang + 1), row, col);
}

function relativeCells(text: string, row: number, col: number): string {
  return text.replace(CELL, (_, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    let c = 0;
    for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
    c -= 1;
    const r = Number(digits) - 1;
    return `${colAbs ? `C${c}` : `C[${c - col}]`}${rowAbs ? `R${r}` : `R[${r - row}]`}`;
  });
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
