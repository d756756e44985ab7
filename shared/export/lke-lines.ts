import type { Group, Indicator, Input, TemplateNode } from '../template/template-schema';

/**
 * One row of an official-style LKE sheet, in the order the official workbooks use: each group above
 * its children, a derived `%` row above its `Jumlah` inputs (with a row adding up the denominators when
 * there are several, as "Jumlah yang harus melaporkan" in the LHKPN rows), each component closed by its
 * TOTAL row and a blank row, and the grand total at the end.
 */
export type LkeLine =
  | { kind: 'group'; row: number; group: Group; depth: number }
  | { kind: 'indicator'; row: number; indicator: Indicator; depth: number }
  | { kind: 'denominator'; row: number; indicator: Indicator; depth: number }
  | { kind: 'input'; row: number; input: Input; indicator: Indicator; depth: number }
  | { kind: 'total'; row: number; group: Group }
  | { kind: 'grand'; row: number; group: Group };

export interface LineOptions {
  /** Row (0-based) of the first line. */
  firstRow: number;
  /** Only these subtrees (and their ancestors, as headings) are listed; every node when absent. */
  include?: (node: TemplateNode) => boolean;
  /** Close components with TOTAL rows and end with the grand total (false for a pokja's extract). */
  totals: boolean;
  /**
   * The row (0-based) a node has in the official sheet, when the template knows it (`refs.lkeRow`,
   * `refs.portalRow`): lines skip ahead to it, so that quirks such as a blank row keep every question
   * on its official row. A hint behind the current row is ignored.
   */
  rowHint?: (node: TemplateNode | Input) => number | undefined;
}

/**
 * The lines of a template's LKE sheet. With the ZI 2021 template the rows are those of the official
 * sheet `LKE ZI` (first question on row 8, grand total on row 208); with ZI 2026 those of the upload
 * sheet `Jawaban`.
 */
export function lkeLines(root: Group, options: LineOptions): LkeLine[] {
  const lines: LkeLine[] = [];
  let row = options.firstRow;
  const included = (node: TemplateNode): boolean =>
    !options.include || options.include(node) || (node.kind === 'group' && node.children.some(included));
  const at = (node: TemplateNode | Input): number => {
    const hint = options.rowHint?.(node);
    if (hint !== undefined && hint > row) row = hint;
    return row++;
  };
  const visit = (node: TemplateNode, depth: number): void => {
    if (!included(node)) return;
    if (node.kind === 'indicator') {
      lines.push({ kind: 'indicator', row: at(node), indicator: node, depth });
      const inputs = node.inputs ?? [];
      if (node.derive && node.derive.denominator.length > 1 && inputs.length)
        lines.push({ kind: 'denominator', row: row++, indicator: node, depth: depth + 1 });
      for (const input of inputs)
        lines.push({ kind: 'input', row: at(input), input, indicator: node, depth });
      return;
    }
    lines.push({ kind: 'group', row: at(node), group: node, depth });
    node.children.forEach((child) => visit(child, depth + 1));
    if (options.totals && node.level === 'component') {
      lines.push({ kind: 'total', row: row++, group: node });
      row++;
    }
  };
  for (const child of root.children) visit(child, 0);
  if (options.totals) lines.push({ kind: 'grand', row: row++, group: root });
  return lines;
}
