import { kindOf } from '../../answers/kinds';
import type { Scorer } from '../../scoring/scorer';
import type { Group, TemplateNode } from '../../template/template-schema';
import type { CellResult } from '../read/cell-result';
import { isErrorResult, numberOf } from '../read/cell-result';

/** A node whose value cell disagrees with the standard rule applied to what the workbook shows below it. */
export interface NodeMismatch {
  nodeId: string;
  workbook: CellResult;
  expected: CellResult;
}

const DIV0: CellResult = { error: '#DIV/0!' };

/**
 * Checks every node on its own: a question's value cell against the standard value of its answer (from
 * the scorer, which holds the same answers); a group's value cell against the standard aggregate of the
 * values its children show in the workbook (average × weight, or sum). So a defect is reported where it
 * is, not at every ancestor it spoils. A #DIV/0! the template resolves (a ratio with nothing owed) is
 * left to the division-by-zero finding.
 */
export function compareNodes(
  scorer: Scorer,
  read: (nodeId: string) => CellResult,
  total: CellResult,
): NodeMismatch[] {
  const mismatches: NodeMismatch[] = [];
  const visit = (node: TemplateNode, shown: CellResult): void => {
    if (node.kind === 'indicator') {
      const expected = expectedIndicator(scorer, node.id);
      const resolvedDivision =
        isErrorResult(shown) && shown.error === '#DIV/0!' && scorer.indicator(node.id).zeroDenominator;
      // Points of an unanswered row add nothing to a sum: a workbook showing 0 there (Opini BPK "none")
      // agrees. In an average it would not: 0 pulls the average down where "Blm Diisi" is skipped.
      const blankAsZero = expected === null && node.weight !== undefined && numberOf(shown) === 0;
      if (!resolvedDivision && !blankAsZero && !agrees(shown, expected))
        mismatches.push({ nodeId: node.id, workbook: shown, expected });
      return;
    }
    const children = node.children.map((child) => [child, read(child.id)] as const);
    const expected = expectedGroup(
      node,
      children.map(([, value]) => value),
    );
    // A group passing on a child's "Blm Diisi" (B. = L206) shows text where the rule has 0: sums above
    // skip the text just as they add the 0.
    const textForZero = expected === 0 && !isErrorResult(shown) && numberOf(shown) === null;
    if (!textForZero && !agrees(shown, expected))
      mismatches.push({ nodeId: node.id, workbook: shown, expected });
    for (const [child, value] of children) visit(child, value);
  };
  visit(scorer.template.root, total);
  return mismatches;
}

function expectedIndicator(scorer: Scorer, id: string): CellResult {
  const score = scorer.indicator(id);
  const indicator = scorer.index.indicators.get(id);
  if (score.share === null || !indicator) return null;
  if (indicator.weight !== undefined) return score.share * indicator.weight;
  const type = scorer.index.answerTypes.get(indicator.answerType);
  return type && !indicator.derive ? score.share * kindOf(type).points(type) : score.share;
}

function expectedGroup(group: Group, values: CellResult[]): CellResult {
  const error = values.find(isErrorResult);
  if (error) return error;
  const numbers = values.map(numberOf).filter((v): v is number => v !== null);
  if (group.aggregate === 'sum') return numbers.reduce((a, b) => a + b, 0);
  if (!numbers.length) return DIV0;
  return (numbers.reduce((a, b) => a + b, 0) / numbers.length) * group.weight;
}

/**
 * Whether a cell shows what the rule expects: an unanswered row (expected null) shows no number at all
 * ("Blm Diisi", "-", blank, or #VALUE! from "Blm Diisi"×weight); an expected error shows an error; a
 * number shows the same number to rounding.
 */
export function agrees(shown: CellResult, expected: CellResult): boolean {
  if (expected === null) return numberOf(shown) === null;
  if (isErrorResult(expected)) return isErrorResult(shown);
  const a = numberOf(shown);
  const b = numberOf(expected);
  if (a === null || b === null) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
