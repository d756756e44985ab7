import { Scorer } from '../scoring/scorer';
import type { TemplateIndex } from '../template/template-index';
import type { AnswerRecord } from './answer-record';
import type { RecordChange } from './record-change';
import type { ScoreUpdate } from './score-update';
import { scoreUpdate } from './score-update';

/** The unit's and the reviewer's scores of one update, side by side as the screen shows them. */
export interface ScoresUpdate {
  unit: ScoreUpdate;
  reviewer: ScoreUpdate;
}

/**
 * The two scorings of a document: the unit's own answers and the reviewer's (TPI / APIP) answers, kept
 * current edit by edit so that a change rescores only its path.
 */
export class DocumentScores {
  readonly unit: Scorer;
  readonly reviewer: Scorer;

  constructor(index: TemplateIndex, records: ReadonlyMap<string, AnswerRecord>) {
    this.unit = new Scorer(index);
    this.reviewer = new Scorer(index);
    this.load(records);
  }

  /** Replaces every answer (on open, or when another program changed the document). */
  load(records: ReadonlyMap<string, AnswerRecord>): void {
    const known = [...records].filter(([id]) => this.unit.index.answerables.has(id));
    this.unit.clear();
    this.reviewer.clear();
    this.unit.setAnswers(known.map(([id, r]) => [id, r.answer] as const));
    this.reviewer.setAnswers(known.map(([id, r]) => [id, r.reviewerAnswer] as const));
  }

  /** Takes in the answer changes among `changes` and returns the scores the screen must show now. */
  apply(changes: readonly RecordChange[]): ScoresUpdate {
    const known = changes.filter((c) => this.unit.index.answerables.has(c.itemId));
    const unit = known.filter((c) => c.field === 'answer');
    const reviewer = known.filter((c) => c.field === 'reviewerAnswer');
    this.unit.setAnswers(unit.map((c) => [c.itemId, c.after as string | number | null] as const));
    this.reviewer.setAnswers(reviewer.map((c) => [c.itemId, c.after as string | number | null] as const));
    return {
      unit: scoreUpdate(
        this.unit,
        unit.map((c) => c.itemId),
      ),
      reviewer: scoreUpdate(
        this.reviewer,
        reviewer.map((c) => c.itemId),
      ),
    };
  }
}
