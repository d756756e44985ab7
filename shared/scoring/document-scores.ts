import type { AnswerRecord } from '../records/answer-record';
import type { RecordChange } from '../records/record-change';
import type { TemplateIndex } from '../template/template-index';
import type { Gain } from './gains';
import { gainSteps, rankGains } from './gains';
import { Scorer } from './scorer';
import type { ScoreUpdate, SentFigures } from './score-update';
import { pathUpdate, sentFigures, summaryUpdate, unchangedUpdate } from './score-update';
import type { ScoreSummary } from './summarize';
import { summarize } from './summarize';

/**
 * The rule a document's unit scores are shown by: the workbook's own formulas for a document imported
 * from an official workbook (what Excel shows), else the regulation's rule as the template declares it.
 */
export type ScoringRule = 'workbook' | 'standard';

/** Every score the screen shows of a document: the leading rule, the other one beside it, the reviewer's. */
export interface ScoresSummary {
  rule: ScoringRule;
  /** The unit's answers by the leading rule: what the header, tree, grid, rekap and gains show. */
  unit: ScoreSummary;
  /** The unit's answers by the regulation's rule, beside the workbook's (null when that one leads). */
  standard: ScoreSummary | null;
  /** The reviewer's (TPI / APIP) answers, by the regulation's rule. */
  reviewer: ScoreSummary;
}

/** The same three after an edit, as updates of what was shown before. */
export interface ScoresUpdate {
  rule: ScoringRule;
  unit: ScoreUpdate;
  standard: ScoreUpdate | null;
  reviewer: ScoreUpdate;
}

/**
 * The scorings of a document, kept current edit by edit so that a change rescores only its path: the
 * unit's answers by the regulation's rule and, once a workbook rule leads, by that rule too; the
 * reviewer's answers by the regulation's rule. This is the one place scores are computed: the screen
 * only applies the updates it is sent.
 */
export class DocumentScores {
  readonly standard: Scorer;
  readonly reviewer: Scorer;
  private lead: Scorer | null = null;
  private changes = 0;
  /**
   * What the screen was last sent, to send only what changed: the leading workbook rule's whole summary
   * (its formulas may reach any cell), the other scorings' figures (their changes follow the template).
   */
  private sent: {
    lead: ScoreSummary | null;
    standard: SentFigures | null;
    reviewer: SentFigures | null;
  } = { lead: null, standard: null, reviewer: null };

  constructor(index: TemplateIndex, records: ReadonlyMap<string, AnswerRecord>) {
    this.standard = new Scorer(index);
    this.reviewer = new Scorer(index);
    this.load(records);
  }

  /** The scorer the unit's scores are shown by. */
  get unit(): Scorer {
    return this.lead ?? this.standard;
  }

  get rule(): ScoringRule {
    return this.lead ? 'workbook' : 'standard';
  }

  /** Leads with the workbook's own formulas from now on; `scorer` already holds the unit's answers. */
  leadWith(scorer: Scorer): void {
    this.changes++;
    this.lead = scorer;
    this.sent = { lead: null, standard: null, reviewer: null };
  }

  /** Replaces every answer (on open, or when another program changed the document). */
  load(records: ReadonlyMap<string, AnswerRecord>): void {
    this.changes++;
    const known = [...records].filter(([id]) => this.standard.index.answerables.has(id));
    const unit = known.map(([id, r]) => [id, r.answer] as const);
    for (const scorer of this.scorers()) scorer.clear();
    this.standard.setAnswers(unit);
    this.lead?.setAnswers(unit);
    this.reviewer.setAnswers(known.map(([id, r]) => [id, r.reviewerAnswer] as const));
    // Everything may have changed: the next update sends every node.
    this.sent = { lead: null, standard: null, reviewer: null };
  }

  /** Takes in the answer changes among `changes` and returns what the screen must show now. */
  apply(changes: readonly RecordChange[]): ScoresUpdate {
    const known = changes.filter((c) => this.standard.index.answerables.has(c.itemId));
    const answers = (field: 'answer' | 'reviewerAnswer') =>
      known
        .filter((c) => c.field === field)
        .map((c) => [c.itemId, c.after as string | number | null] as const);
    const unit = answers('answer');
    const reviewer = answers('reviewerAnswer');
    if (unit.length) {
      this.standard.setAnswers(unit);
      this.lead?.setAnswers(unit);
    }
    if (reviewer.length) this.reviewer.setAnswers(reviewer);
    if (unit.length || reviewer.length) this.changes++;
    const standard = this.trackPath(
      'standard',
      this.standard,
      unit.map(([id]) => id),
    );
    const reviewed = this.trackPath(
      'reviewer',
      this.reviewer,
      reviewer.map(([id]) => id),
    );
    if (!this.lead) return { rule: 'standard', unit: standard, standard: null, reviewer: reviewed };
    let lead = unchangedUpdate(this.lead);
    if (unit.length || !this.sent.lead) {
      const after = summarize(this.lead, { gains: 0 });
      lead = summaryUpdate(this.sent.lead, after).update;
      this.sent.lead = after;
    }
    return { rule: 'workbook', unit: lead, standard, reviewer: reviewed };
  }

  /** Every summary in full, with the `gains` best places to gain points by the leading rule. */
  summaries(gains: number): ScoresSummary {
    const unit = summarize(this.unit, { gains });
    const standard = this.lead ? summarize(this.standard, { gains: 0 }) : unit;
    const reviewer = summarize(this.reviewer, { gains: 0 });
    this.sent = {
      lead: this.lead ? unit : null,
      standard: sentFigures(standard),
      reviewer: sentFigures(reviewer),
    };
    return { rule: this.rule, unit, standard: this.lead ? standard : null, reviewer };
  }

  /** Grows with every change of answers: a ranking begun before a change is out of date. */
  get version(): number {
    return this.changes;
  }

  /** Where to gain points by the leading rule, best first. */
  gains(count: number): Gain[] {
    return rankGains(this.unit).slice(0, count);
  }

  /** The same ranking step by step (see gainSteps), to interleave with other work. */
  gainSteps(): Generator<void, Gain[]> {
    return gainSteps(this.unit);
  }

  /** The update of a scoring by the regulation's rule after the answers of `itemIds` changed. */
  private trackPath(which: 'standard' | 'reviewer', scorer: Scorer, itemIds: string[]): ScoreUpdate {
    const sent = this.sent[which];
    if (!itemIds.length && sent) return unchangedUpdate(scorer);
    // Nothing sent yet: every node, as a first view would.
    const tracked = sent
      ? pathUpdate(scorer, itemIds, sent)
      : summaryUpdate(null, summarize(scorer, { gains: 0 }));
    this.sent[which] = tracked.sent;
    return tracked.update;
  }

  private scorers(): Scorer[] {
    return this.lead ? [this.standard, this.lead, this.reviewer] : [this.standard, this.reviewer];
  }
}
