import type { AnswerValue } from '../template/answer-type';
import { answerShare } from '../template/answer-type';
import type { Group, Indicator, Template, UnansweredPolicy } from '../template/template-schema';
import type { TemplateIndex } from '../template/template-index';
import { indexTemplate } from '../template/template-index';
import { deriveShare } from './derive-share';

export interface ScoreOptions {
  /** Overrides every sub-area's policy for unanswered rows (the CLI's `--unanswered`). */
  unanswered?: UnansweredPolicy | undefined;
}

export interface IndicatorScore {
  kind: 'indicator';
  id: string;
  /** 0..1 after derivation and gate; null when unanswered (the workbook's "Blm Diisi"). */
  share: number | null;
  /** What the indicator adds: its share, or share × weight for indicators that carry points. */
  value: number | null;
  max: number;
  answered: boolean;
  /** A gate forced the value (to 0, or multiplied it). */
  gated: boolean;
  /** A derived ratio met a zero denominator and took the template's declared value. */
  zeroDenominator: boolean;
}

export interface GroupScore {
  kind: 'group';
  id: string;
  value: number;
  max: number;
  /** Scored indicators below this node, and how many of them have a value. */
  answered: number;
  questions: number;
  /** An averaging sub-area with no answered row (Excel shows #DIV/0! for the whole total). */
  empty: boolean;
}

export type NodeScore = IndicatorScore | GroupScore;

/**
 * The scoring engine. Holds the answers of one document and the score of every node; after one answer
 * changes only the indicators depending on it and their ancestors are recomputed.
 */
export class Scorer {
  readonly index: TemplateIndex;
  private readonly answers = new Map<string, AnswerValue>();
  private readonly indicatorScores = new Map<string, IndicatorScore>();
  private readonly groupScores = new Map<string, GroupScore>();
  private readonly depth = new Map<string, number>();
  private readonly override: UnansweredPolicy | undefined;
  /** Hypothetical shares used by `totalIf`; empty outside that call. */
  private readonly shareOverrides = new Map<string, number>();
  /** Per averaging sub-area, the sum of shares and the count AVERAGE divides by, as last scored. */
  private readonly averages = new Map<string, { sum: number; counted: number }>();

  constructor(template: Template | TemplateIndex, options: ScoreOptions = {}) {
    this.index = 'template' in template ? template : indexTemplate(template);
    this.override = options.unanswered;
    for (const [id] of this.index.groups) this.depth.set(id, this.depthOf(id));
    this.rescoreAll();
  }

  get template(): Template {
    return this.index.template;
  }

  /** The policy in force for a sub-area. */
  policyOf(group: Group): UnansweredPolicy {
    return this.override ?? group.unanswered ?? this.template.unanswered;
  }

  answer(id: string): AnswerValue | undefined {
    return this.answers.get(id);
  }

  /** Sets or clears (null) one answer and rescores the affected path. Unknown ids are a bug. */
  setAnswer(id: string, value: AnswerValue | null): void {
    if (!this.index.answerables.has(id)) throw new Error(`No answerable item with id ${id}`);
    if (value === null) this.answers.delete(id);
    else this.answers.set(id, value);
    this.rescore(this.affectedBy([id]));
  }

  /** Sets many answers, rescoring each affected path once. */
  setAnswers(entries: Iterable<readonly [string, AnswerValue | null]>): void {
    const ids: string[] = [];
    for (const [id, value] of entries) {
      if (!this.index.answerables.has(id)) throw new Error(`No answerable item with id ${id}`);
      if (value === null) this.answers.delete(id);
      else this.answers.set(id, value);
      ids.push(id);
    }
    this.rescore(this.affectedBy(ids));
  }

  /** Forgets every answer. */
  clear(): void {
    this.answers.clear();
    this.rescoreAll();
  }

  total(): number {
    return this.group(this.template.root.id).value;
  }

  group(id: string): GroupScore {
    const score = this.groupScores.get(id);
    if (!score) throw new Error(`No group with id ${id}`);
    return score;
  }

  indicator(id: string): IndicatorScore {
    const score = this.indicatorScores.get(id);
    if (!score) throw new Error(`No indicator with id ${id}`);
    return score;
  }

  node(id: string): NodeScore | undefined {
    return this.groupScores.get(id) ?? this.indicatorScores.get(id);
  }

  /**
   * The total if one indicator's share (before its gate) were `share`, e.g. its best answer. The scores
   * are left exactly as they were; only the indicator's path is recomputed, twice.
   */
  totalIf(indicatorId: string, share: number): number {
    const quick = this.quickTotalIf(indicatorId, share);
    if (quick !== undefined) return quick;
    const affected = this.affectedBy([indicatorId]);
    affected.add(indicatorId);
    this.shareOverrides.set(indicatorId, share);
    this.rescore(affected);
    const total = this.total();
    this.shareOverrides.delete(indicatorId);
    this.rescore(affected);
    return total;
  }

  /**
   * `totalIf` without rescoring, for the common case: an ungated, unweighted indicator nothing else
   * depends on, in an averaging sub-area under sums only. The sub-area's new value comes from its kept
   * sum and count, and the total moves by the sub-area's change. Rescoring instead costs the sub-area's
   * size for every indicator, which made ranking gains quadratic in the size of a sub-area.
   */
  private quickTotalIf(id: string, share: number): number | undefined {
    const indicator = this.index.indicators.get(id);
    if (!indicator || indicator.gate || indicator.weight !== undefined) return undefined;
    if ((this.index.dependents.get(id) ?? []).some((d) => d !== id)) return undefined;
    const parent = this.index.parent.get(id);
    if (parent?.aggregate !== 'average') return undefined;
    for (let g = this.index.parent.get(parent.id); g; g = this.index.parent.get(g.id)) {
      if (g.aggregate !== 'sum') return undefined;
    }
    const kept = this.averages.get(parent.id);
    const before = this.indicatorScores.get(id);
    if (!kept || !before) return undefined;
    const blankCounts = this.policyOf(parent) === 'zero';
    const sum = kept.sum - (before.share ?? 0) + share;
    const counted = kept.counted + (before.share === null && !blankCounts ? 1 : 0);
    const value = counted === 0 ? 0 : (sum / counted) * parent.weight;
    return this.total() + (value - this.group(parent.id).value);
  }

  /** Recomputes everything from the answers (on load, or when many answers change at once). */
  rescoreAll(): void {
    const ordered = [...this.index.indicatorOrder].sort((a, b) => this.rankOf(a.id) - this.rankOf(b.id));
    for (const indicator of ordered) this.scoreIndicator(indicator);
    const groups = [...this.index.groups.values()].sort(
      (a, b) => (this.depth.get(b.id) ?? 0) - (this.depth.get(a.id) ?? 0),
    );
    for (const group of groups) this.scoreGroup(group);
  }

  /** Indicators whose score depends on any of the given answerables, gates followed transitively. */
  private affectedBy(ids: string[]): Set<string> {
    const affected = new Set<string>();
    const queue = [...ids];
    while (queue.length) {
      const id = queue.pop() as string;
      for (const dependent of this.index.dependents.get(id) ?? []) {
        if (affected.has(dependent)) continue;
        affected.add(dependent);
        queue.push(dependent);
      }
    }
    return affected;
  }

  private rescore(indicatorIds: Set<string>): void {
    const groups = new Map<string, Group>();
    // A gated indicator reads its source's new share, so sources are scored first.
    const indicators = [...indicatorIds].sort((a, b) => this.rankOf(a) - this.rankOf(b));
    for (const id of indicators) {
      const indicator = this.index.indicators.get(id);
      if (!indicator) continue;
      this.scoreIndicator(indicator);
      for (let g = this.index.parent.get(id); g && !groups.has(g.id); g = this.index.parent.get(g.id)) {
        groups.set(g.id, g);
      }
    }
    const deepestFirst = [...groups.values()].sort(
      (a, b) => (this.depth.get(b.id) ?? 0) - (this.depth.get(a.id) ?? 0),
    );
    for (const group of deepestFirst) this.scoreGroup(group);
  }

  private scoreIndicator(indicator: Indicator): void {
    const weighted = indicator.weight !== undefined;
    let share = this.rawShare(indicator);
    let gated = false;
    const gate = indicator.gate;
    if (gate?.kind === 'zero-when') {
      const source = this.answers.get(gate.source);
      if (source !== undefined && gate.answers.includes(String(source))) {
        share = 0;
        gated = true;
      }
    } else if (gate?.kind === 'multiply' && share !== null) {
      const source = this.indicatorScores.get(gate.source)?.share ?? null;
      share = source === null ? null : share * source;
      gated = true;
    } else if (gate?.kind === 'copy') {
      share = this.indicatorScores.get(gate.source)?.share ?? null;
      gated = true;
    }
    const max = weighted ? (indicator.weight as number) : 1;
    this.indicatorScores.set(indicator.id, {
      kind: 'indicator',
      id: indicator.id,
      share,
      value: share === null ? null : weighted ? share * max : share,
      max,
      answered: share !== null,
      gated,
      zeroDenominator: indicator.derive ? this.hasZeroDenominator(indicator) : false,
    });
  }

  private rawShare(indicator: Indicator): number | null {
    const hypothetical = this.shareOverrides.get(indicator.id);
    if (hypothetical !== undefined) return hypothetical;
    if (indicator.derive) return deriveShare(indicator.derive, this.answers);
    const answer = this.answers.get(indicator.id);
    const type = this.index.answerTypes.get(indicator.answerType);
    if (answer === undefined || !type) return null;
    return answerShare(type, answer);
  }

  private hasZeroDenominator(indicator: Indicator): boolean {
    const d = indicator.derive;
    if (!d || d.requires.some((id) => !this.answers.has(id))) return false;
    return d.denominator.reduce((sum, id) => sum + Number(this.answers.get(id) ?? 0), 0) === 0;
  }

  private scoreGroup(group: Group): void {
    let value = 0;
    let answered = 0;
    let questions = 0;
    if (group.aggregate === 'average') {
      const countBlankAsZero = this.policyOf(group) === 'zero';
      let sum = 0;
      let counted = 0;
      for (const child of group.children) {
        const score = this.indicatorScores.get(child.id);
        if (!score) continue;
        questions++;
        if (score.share !== null) {
          answered++;
          sum += score.share;
          counted++;
        } else if (countBlankAsZero) counted++;
      }
      // Excel computes AVERAGE(...) * weight: the same order keeps results equal to the last bit.
      value = counted === 0 ? 0 : (sum / counted) * group.weight;
      this.averages.set(group.id, { sum, counted });
    } else {
      for (const child of group.children) {
        const score =
          child.kind === 'group' ? this.groupScores.get(child.id) : this.indicatorScores.get(child.id);
        if (!score) continue;
        if (score.kind === 'group') {
          value += score.value;
          answered += score.answered;
          questions += score.questions;
        } else {
          value += score.value ?? 0;
          questions++;
          if (score.answered) answered++;
        }
      }
    }
    this.groupScores.set(group.id, {
      kind: 'group',
      id: group.id,
      value,
      max: group.weight,
      answered,
      questions,
      empty: group.aggregate === 'average' && questions > 0 && answered === 0,
    });
  }

  private rankOf(indicatorId: string): number {
    return this.index.gateRank.get(indicatorId) ?? 0;
  }

  private depthOf(id: string): number {
    let depth = 0;
    for (let g = this.index.parent.get(id); g; g = this.index.parent.get(g.id)) depth++;
    return depth;
  }
}
