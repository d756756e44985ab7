import type { AnswerRecord } from '../records/answer-record';
import type { RecordChange } from '../records/record-change';
import type { TemplateIndex } from '../template/template-index';
import type { Gain } from './gains';
import { rankGains } from './gains';
import { Scorer } from './scorer';
import type { ScoreUpdate } from './score-update';
import { scoreUpdate } from './score-update';
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
  /** The summaries the next update is measured from (null: send every node). */
  private shown: { unit: ScoreSummary; standard: ScoreSummary | null; reviewer: ScoreSummary } | null = null;

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
    this.lead = scorer;
    this.shown = null;
  }

  /** Replaces every answer (on open, or when another program changed the document). */
  load(records: ReadonlyMap<string, AnswerRecord>): void {
    const known = [...records].filter(([id]) => this.standard.index.answerables.has(id));
    const unit = known.map(([id, r]) => [id, r.answer] as const);
    for (const scorer of this.scorers()) scorer.clear();
    this.standard.setAnswers(unit);
    this.lead?.setAnswers(unit);
    this.reviewer.setAnswers(known.map(([id, r]) => [id, r.reviewerAnswer] as const));
    this.shown = null;
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
    const before = this.shown;
    const after = this.summarizeAll(0);
    this.shown = after;
    return {
      rule: this.rule,
      unit: scoreUpdate(before?.unit ?? null, after.unit),
      standard: after.standard && scoreUpdate(before?.standard ?? null, after.standard),
      reviewer: scoreUpdate(before?.reviewer ?? null, after.reviewer),
    };
  }

  /** Every summary in full, with the `gains` best places to gain points by the leading rule. */
  summaries(gains: number): ScoresSummary {
    const all = this.summarizeAll(gains);
    this.shown = all;
    return { rule: this.rule, ...all };
  }

  /** Where to gain points by the leading rule, best first. */
  gains(count: number): Gain[] {
    return rankGains(this.unit).slice(0, count);
  }

  private summarizeAll(gains: number) {
    return {
      unit: summarize(this.unit, { gains }),
      standard: this.lead ? summarize(this.standard, { gains: 0 }) : null,
      reviewer: summarize(this.reviewer, { gains: 0 }),
    };
  }

  private scorers(): Scorer[] {
    return this.lead ? [this.standard, this.lead, this.reviewer] : [this.standard, this.reviewer];
  }
}
