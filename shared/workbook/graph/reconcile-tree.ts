import type { RowNode, RowTree } from '../read/build-row-tree';
import type { LkeRow } from '../read/read-rows';
import { isCountLabel } from '../derive-template/plan-template';
import type { FormulaGraph } from './formula-graph';
import type { FormulaBlock } from './structure';

/** The tree of an LKE and the rows its numbering holds that its total does not count. */
export interface ReconciledTree {
  tree: RowTree;
  /** Question rows the numbering places in the LKE that no formula under the total reads. */
  uncounted: number[];
}

/**
 * The LKE's tree with the formulas as its skeleton: the root is the block's total, a group's children are
 * the rows its formula adds up, and each group is known by the numbered row that titles it (its own row,
 * a row that only mirrors it (`=L198`), or the numbered row whose children are the same). Where a group's
 * formula reads only rows that its numbered row holds, the numbering's nesting is kept — it also keeps a
 * half its formula forgets (a defect the rule comparison then reports). Question rows no formula counts
 * are left out and listed.
 */
export function reconcileTree(
  numbering: RowTree,
  rows: LkeRow[],
  block: FormulaBlock,
  graph: FormulaGraph,
  sheet: number,
): ReconciledTree {
  const context = new Context(numbering, rows, block, graph, sheet);
  const root = context.build(block.total.row, new Set());
  const rootRow = rows.find((r) => r.row === block.total.row);
  const tree: RowTree = {
    roots: root.children,
    totals: numbering.totals,
    ...(rootRow?.title ? { rootTitle: rootRow.title } : {}),
  };
  const kept = new Set<number>();
  const visit = (node: RowNode): void => {
    kept.add(node.row.row);
    node.children.forEach(visit);
  };
  tree.roots.forEach(visit);
  const uncounted = rows
    .filter((r) => !kept.has(r.row) && !r.isTotal && (r.typeLabel !== null || r.hasAnswerCell))
    .map((r) => r.row);
  return { tree, uncounted };
}

const VIRTUAL_ROOT = -1;

class Context {
  private readonly byRow = new Map<number, RowNode>();
  private readonly descendants = new Map<RowNode, Set<number>>();
  private readonly aliasOf = new Map<number, number>();
  private readonly byChildren = new Map<string, RowNode>();
  private readonly rowOf = new Map<number, LkeRow>();
  private readonly inputRows = new Set<number>();
  private readonly mapped = new Map<number, RowNode | null>();
  private readonly used = new Set<number>();
  private readonly virtual: RowNode;

  constructor(
    numbering: RowTree,
    rows: LkeRow[],
    private readonly block: FormulaBlock,
    private readonly graph: FormulaGraph,
    private readonly sheet: number,
  ) {
    for (const row of rows) this.rowOf.set(row.row, row);
    this.virtual = {
      row: { ...emptyRow(VIRTUAL_ROOT), title: '' },
      children: numbering.roots,
    };
    const index = (node: RowNode): Set<number> => {
      this.byRow.set(node.row.row, node);
      const below = new Set<number>();
      for (const child of node.children) {
        below.add(child.row.row);
        for (const r of index(child)) below.add(r);
      }
      this.descendants.set(node, below);
      if (node.children.length) this.byChildren.set(keyOf(node.children.map((c) => c.row.row)), node);
      return below;
    };
    index(this.virtual);
    this.byRow.delete(VIRTUAL_ROOT);
    this.indexAliases();
    this.indexInputs();
  }

  /** The tree under a formula group, as rows of the sheet. */
  build(fRow: number, path: Set<number>): RowNode {
    const group = this.block.groups.get(fRow);
    const own = this.map(fRow, path);
    const fChildren = group ? this.childRows(fRow) : [];
    const mappedChildren = fChildren.map((r) => this.mapRow(r, path));
    const next = new Set(path).add(fRow);
    if (own && this.holdsAll(own, mappedChildren) && this.agrees(own, fRow)) {
      this.used.add(own.row.row);
      return this.fromNumbering(
        own,
        new Set(fChildren.concat(mappedChildren)),
        group !== undefined,
        fRow,
        next,
      );
    }
    const children: RowNode[] = [];
    const seen = new Set<number>();
    for (const r of fChildren) {
      if (next.has(r) || seen.has(r)) continue;
      seen.add(r);
      if (this.block.groups.has(r)) children.push(this.build(r, next));
      else {
        const question = this.byRow.get(r);
        if (question) {
          this.used.add(r);
          children.push(question);
        }
      }
    }
    children.sort((a, b) => a.row.row - b.row.row);
    // A `Jumlah` row the range also reads stays under the question it feeds.
    const nested = new Set(children.flatMap((c) => [...(this.descendants.get(c) ?? [])]));
    const direct = children.filter((c) => !nested.has(c.row.row));
    children.length = 0;
    children.push(...direct);
    const title = own?.row ?? this.heading(fRow, children);
    if (title.row !== VIRTUAL_ROOT) this.used.add(title.row);
    return { row: { ...title, valueRow: fRow }, children };
  }

  /**
   * The numbering's node with its children: groups the formulas know are built from their formulas,
   * question rows no formula of this group reads are left out (rows a formula forgets in a group the
   * weights still call for are groups, and stay).
   */
  private fromNumbering(
    node: RowNode,
    readRows: Set<number>,
    hasFormula: boolean,
    fRow: number,
    path: Set<number>,
  ): RowNode {
    const children: RowNode[] = [];
    for (const child of node.children) {
      const formulaRow = this.formulaRowOf(child.row.row);
      if (formulaRow !== undefined && !path.has(formulaRow)) {
        children.push(this.build(formulaRow, path));
        continue;
      }
      const isQuestion = !child.children.some((c) => !this.inputRows.has(c.row.row));
      if (hasFormula && isQuestion && !readRows.has(child.row.row) && !this.inputRows.has(child.row.row))
        continue;
      children.push(isQuestion ? child : this.fromNumbering(child, readRows, false, child.row.row, path));
    }
    // A numbered row without a formula of its own shows the value of the formula it stands for.
    const hasOwnValue = this.graph.formulaAt(this.sheet, node.row.row, this.block.value) !== undefined;
    const valueRow = node.row.row !== VIRTUAL_ROOT && hasOwnValue ? node.row.row : fRow;
    return { ...node, row: { ...node.row, valueRow }, children };
  }

  /** Whether every row a formula adds up lies in the numbered node's subtree. */
  private holdsAll(node: RowNode, rows: number[]): boolean {
    const below = this.descendants.get(node) ?? new Set<number>();
    return rows.length > 0 && rows.every((r) => below.has(r) || r === node.row.row);
  }

  /**
   * Whether the numbering places under the node only rows that this formula group (and not another)
   * adds up, where formulas add them up at all: a numbering whose levels the columns cannot tell apart
   * (every code in one column) puts "B. HASIL" under "2." — the formulas know better.
   */
  private agrees(node: RowNode, fRow: number): boolean {
    const all = this.formulaRows(this.block.total.row);
    const own = this.formulaRows(fRow);
    for (const row of this.descendants.get(node) ?? []) if (all.has(row) && !own.has(row)) return false;
    return true;
  }

  private readonly below = new Map<number, Set<number>>();

  /** Every row a formula group adds up, through its sub-groups. */
  private formulaRows(fRow: number): Set<number> {
    const known = this.below.get(fRow);
    if (known) return known;
    const rows = new Set<number>();
    this.below.set(fRow, rows);
    for (const child of this.childRows(fRow)) {
      rows.add(child);
      if (this.block.groups.has(child)) for (const r of this.formulaRows(child)) rows.add(r);
    }
    return rows;
  }

  /**
   * The numbered node a formula row stands for, or null: its own row, a row that mirrors it, or the
   * numbered row whose children are the rows the formula adds up — the first of these that holds every
   * row the formula adds up (a "TOTAL HASIL" row with a weight of its own stands for "B. HASIL").
   */
  private map(fRow: number, path: Set<number>): RowNode | null {
    if (this.mapped.has(fRow)) return this.mapped.get(fRow) ?? null;
    this.mapped.set(fRow, null);
    const next = new Set(path).add(fRow);
    const children = this.childRows(fRow).map((r) => this.mapRow(r, next));
    const alias = this.aliasOf.get(fRow);
    const candidates = [
      this.byRow.get(fRow),
      alias === undefined ? undefined : this.byRow.get(alias),
      this.byChildren.get(keyOf(children)),
    ].filter((n): n is RowNode => n !== undefined);
    const node =
      candidates.find((n) => this.holdsAll(n, children) && this.agrees(n, fRow)) ?? candidates[0] ?? null;
    this.mapped.set(fRow, node);
    return node;
  }

  private mapRow(row: number, path: Set<number>): number {
    if (!this.block.groups.has(row) || path.has(row)) return row;
    return this.map(row, path)?.row.row ?? row;
  }

  /** The formula group a numbered row stands for: its own row, or the group it mirrors. */
  private formulaRowOf(row: number): number | undefined {
    if (this.block.groups.has(row)) return row;
    for (const [target, alias] of this.aliasOf)
      if (alias === row && this.block.groups.has(target)) return target;
    for (const [fRow, node] of this.mapped)
      if (node?.row.row === row && this.block.groups.has(fRow)) return fRow;
    return undefined;
  }

  /** Rows a group's formula adds up: its children's value cells (and answer cells read directly). */
  private childRows(fRow: number): number[] {
    const group = this.block.groups.get(fRow);
    if (!group) return [];
    const rows = new Set<number>();
    for (const cell of group.reading.otherFormulas) rows.add(cell.row);
    for (const input of group.reading.otherInputs)
      if (input.col === this.block.answer && this.rowOf.has(input.row)) rows.add(input.row);
    return [...rows].sort((a, b) => a - b);
  }

  /** Value cells that only show another value cell of the block (`L4` = `=L198`). */
  private indexAliases(): void {
    for (const formula of this.graph.formulas()) {
      if (formula.sheet !== this.sheet || formula.col !== this.block.value) continue;
      const shown = formula.mirrors;
      if (!shown || shown.sheet !== this.sheet) continue;
      if (shown.col === this.block.value && shown.row !== formula.row)
        this.aliasOf.set(shown.row, formula.row);
    }
  }

  /**
   * `Jumlah` rows: an answer another row's computed answer reads (`K128` = `K130/K129`), or a row whose
   * answer type is a count. They belong to the question they feed, not to the group.
   */
  private indexInputs(): void {
    const answer = this.block.answer;
    if (answer !== undefined) {
      for (const formula of this.graph.formulas()) {
        if (formula.sheet !== this.sheet || formula.col !== answer) continue;
        for (const ref of formula.references) {
          if (ref.sheet !== this.sheet || ref.left > answer || ref.right < answer) continue;
          if (ref.bottom - ref.top > 1_000) continue;
          for (let r = ref.top; r <= ref.bottom; r++) if (r !== formula.row) this.inputRows.add(r);
        }
      }
    }
    for (const [row, lke] of this.rowOf) if (isCountLabel(lke.typeLabel)) this.inputRows.add(row);
  }

  /**
   * The title of a group found only by its formula (a "TOTAL …" row): the nearest titled row above its
   * first child that is no node of its own, else the row itself.
   */
  private heading(fRow: number, children: RowNode[]): LkeRow {
    const first = Math.min(...children.map((c) => c.row.row), fRow);
    for (let row = first - 1; row >= 0; row--) {
      const candidate = this.rowOf.get(row);
      if (!candidate) continue;
      if (this.used.has(row) || this.block.groups.has(row) || this.block.questions.has(row)) break;
      if (candidate.isTotal) break;
      return candidate;
    }
    return this.rowOf.get(fRow) ?? this.totalRow(fRow);
  }

  private totalRow(fRow: number): LkeRow {
    return { ...emptyRow(fRow), title: '' };
  }
}

function keyOf(rows: number[]): string {
  return [...new Set(rows)].sort((a, b) => a - b).join(',');
}

function emptyRow(row: number): LkeRow {
  return {
    row,
    level: 0,
    code: null,
    title: '',
    weight: null,
    typeLabel: null,
    computed: false,
    hasAnswerCell: false,
    hasValueFormula: true,
    isTotal: false,
  };
}
