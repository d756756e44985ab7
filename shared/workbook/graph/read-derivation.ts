import type { Derivation } from '../../template/template-schema';
import type { Formula } from '../formula/ast';
import { parseFormula } from '../formula/parse';
import { printFormula } from '../formula/print';
import { referencedCells, unwrap, walkFormula } from '../formula/references';
import type { PlannedIndicator } from '../derive-template/plan-template';

/** Where every `Jumlah` input of the sheet sits: its row → the computed row it feeds and its position. */
export type InputIndex = Map<number, { indicatorRow: number; position: number }>;

export interface ReadDerivation {
  derive: Derivation;
  /**
   * The formula reads the inputs of another row (a copy-paste that kept the old references): the
   * derivation uses this row's own inputs at the same positions, and `standardFormula` says so.
   */
  foreignRows?: number[];
  standardFormula?: string;
}

/**
 * Reads what a computed `%` row derives from its inputs, from the workbook formula in its answer cell:
 * `IF(OR(K129="",K130=""),"Blm Diisi",IF(K130/K129>1,1,K130/K129))` is 130 ÷ 129 capped at 1;
 * `(K155-K156)/K155` subtracts; a sum row (`K179+K180+K181`) stands for its parts. Null when the formula
 * is not a ratio of the row's inputs.
 */
export function readDerivation(
  indicator: PlannedIndicator,
  formulaText: string,
  answerCol: number,
  inputs: InputIndex,
  onZeroDenominator: number,
): ReadDerivation | null {
  let formula: Formula;
  try {
    formula = parseFormula(formulaText);
  } catch {
    return null;
  }
  const own = new Map(indicator.inputs.map((input, position) => [input.row, position]));
  const sums = new Map(indicator.breakdowns.filter((b) => b.computed).map((b) => [b.row, b.parts]));
  const rowsRead = referencedCells(formula)
    .filter((c) => c.sheet === undefined && c.col === answerCol)
    .map((c) => c.row);
  const foreign = rowsRead.filter((row) => !own.has(row) && !sums.has(row));
  const translate = foreign.length ? translation(foreign, inputs, indicator) : new Map<number, number>();
  if (!translate) return null;
  const idOf = (row: number): string[] => {
    const target = translate.get(row) ?? row;
    const parts = sums.get(target) ?? [target];
    return parts.map((part) => indicator.inputs[own.get(part) ?? -1]?.id).filter((id): id is string => !!id);
  };
  const ratio = firstDivision(formula);
  if (!ratio) return null;
  const numerator = sideOf(ratio.left, answerCol);
  const denominator = sideOf(ratio.right, answerCol);
  if (!numerator || !denominator) return null;
  const ids = (rows: number[]): string[] => [...new Set(rows.flatMap(idOf))];
  const blankChecked = blankChecks(formula, answerCol);
  const derive: Derivation = {
    kind: 'ratio',
    numerator: ids(numerator.add),
    subtract: ids(numerator.subtract),
    denominator: ids(denominator.add),
    requires: ids(blankChecked.length ? blankChecked : rowsRead),
    min: 0,
    max: 1,
    onZeroDenominator,
    ...(hasAllZeroRule(formula) ? { onAllZero: 1 } : {}),
  };
  if (!derive.numerator.length || !derive.denominator.length) return null;
  if (!foreign.length) return { derive };
  return {
    derive,
    foreignRows: [...new Set(foreign)],
    standardFormula: printFormula(retarget(formula, answerCol, translate)),
  };
}

/** Maps each foreign row to this row's input at the same position in the row it was copied from. */
function translation(
  foreign: number[],
  inputs: InputIndex,
  indicator: PlannedIndicator,
): Map<number, number> | null {
  const map = new Map<number, number>();
  for (const row of foreign) {
    const place = inputs.get(row);
    const target = place ? indicator.inputs[place.position] : undefined;
    if (!place || !target) return null;
    map.set(row, target.row);
  }
  return map;
}

function firstDivision(formula: Formula): { left: Formula; right: Formula } | null {
  for (const node of walkFormula(formula)) {
    if (node.kind === 'binary' && node.op === '/') return { left: node.left, right: node.right };
  }
  return null;
}

/** Rows added and subtracted on one side of the division: `K130`, `(K155-K156)`, `K1+K2`, `SUM(K1:K3)`. */
function sideOf(side: Formula, answerCol: number): { add: number[]; subtract: number[] } | null {
  const node = unwrap(side);
  const rowOf = (f: Formula): number | null => {
    const cell = unwrap(f);
    return cell.kind === 'cell' && cell.ref.col === answerCol && cell.ref.sheet === undefined
      ? cell.ref.row
      : null;
  };
  const single = rowOf(node);
  if (single !== null) return { add: [single], subtract: [] };
  if (node.kind === 'binary' && (node.op === '-' || node.op === '+')) {
    const left = sideOf(node.left, answerCol);
    const right = sideOf(node.right, answerCol);
    if (!left || !right) return null;
    return node.op === '+'
      ? { add: [...left.add, ...right.add], subtract: [...left.subtract, ...right.subtract] }
      : { add: [...left.add, ...right.subtract], subtract: [...left.subtract, ...right.add] };
  }
  if (node.kind === 'call' && node.name === 'SUM') {
    const rows = node.args.flatMap((arg) =>
      referencedCells(arg)
        .filter((c) => c.col === answerCol)
        .map((c) => c.row),
    );
    return rows.length ? { add: rows, subtract: [] } : null;
  }
  return null;
}

/** Rows the formula checks for blanks (`K129=""`): unanswered until they are filled. */
function blankChecks(formula: Formula, answerCol: number): number[] {
  const rows: number[] = [];
  for (const node of walkFormula(formula)) {
    if (node.kind !== 'binary' || node.op !== '=') continue;
    const [cell, other] = node.left.kind === 'cell' ? [node.left, node.right] : [node.right, node.left];
    if (cell.kind === 'cell' && cell.ref.col === answerCol && other.kind === 'string' && other.value === '') {
      rows.push(cell.ref.row);
    }
  }
  return rows;
}

/** `IF(AND(K155=0,K156=0),1,…)`: nothing last year and nothing this year counts as full marks. */
function hasAllZeroRule(formula: Formula): boolean {
  for (const node of walkFormula(formula)) {
    if (node.kind !== 'call' || node.name !== 'IF') continue;
    const [condition, then] = node.args;
    if (condition?.kind !== 'call' || condition.name !== 'AND' || then?.kind !== 'number' || then.value !== 1)
      continue;
    if (
      condition.args.every(
        (a) => a.kind === 'binary' && a.op === '=' && a.right.kind === 'number' && a.right.value === 0,
      )
    ) {
      return true;
    }
  }
  return false;
}

function retarget(formula: Formula, answerCol: number, rows: Map<number, number>): Formula {
  const move = (f: Formula): Formula => {
    switch (f.kind) {
      case 'cell':
        return f.ref.col === answerCol && rows.has(f.ref.row)
          ? { ...f, ref: { ...f.ref, row: rows.get(f.ref.row) as number } }
          : f;
      case 'call':
        return { ...f, args: f.args.map(move) };
      case 'unary':
      case 'percent':
        return { ...f, arg: move(f.arg) };
      case 'binary':
        return { ...f, left: move(f.left), right: move(f.right) };
      case 'group':
        return { ...f, inner: move(f.inner) };
      default:
        return f;
    }
  };
  return move(formula);
}
