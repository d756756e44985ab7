import type { AnswerRecord } from '../../shared/document/answer-record';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { summarize } from '../../shared/scoring/summarize';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { PriorYearView } from '../../shared/api/prior-year';
import { numberOf } from '../../shared/workbook/cell-result';
import { WorkbookLayoutSchema } from '../../shared/workbook/layout';
import { readSourceWorkbook } from '../documents/attachments';
import type { DocumentSession } from '../documents/document-session';
import { importWorkbookBytes, openWorkbookEngine } from '../excel/import-workbook';
import type { WorkbookEngine } from '../excel/workbook-engine';
import { WorkbookScorer } from '../excel/workbook-scorer';

const GAINS_IN_VIEW = 20;

/**
 * The workbook's own formulas for a document imported from an official workbook, kept live: every
 * unit answer the document changes is written into the workbook's answer cell (HyperFormula recomputes
 * only what depends on it), so the screen can show the total exactly as Excel would compute it beside the
 * regulation's rule.
 */
export class WorkbookRule {
  private constructor(
    private readonly engine: WorkbookEngine,
    private readonly scorer: WorkbookScorer,
  ) {}

  /** The rule for a document with a source workbook, or null for a document made from a template. */
  static async open(session: DocumentSession): Promise<WorkbookRule | null> {
    const source = readSourceWorkbook(session);
    if (!source) return null;
    const layout = WorkbookLayoutSchema.safeParse(source.layout);
    // Documents imported before the layout was kept: find it again in the stored workbook.
    const engine = layout.success
      ? await openWorkbookEngine(source.bytes, layout.data)
      : (await importWorkbookBytes(source.bytes, source.fileName)).engine;
    const rule = new WorkbookRule(engine, new WorkbookScorer(session.scores.unit.index, engine, []));
    rule.apply([...session.records]);
    return rule;
  }

  /**
   * The rule over an engine that already holds the document's answers: the one its import just built
   * (building it again from the stored bytes would double the import's cost).
   */
  static adopt(session: DocumentSession, engine: WorkbookEngine): WorkbookRule {
    const scorer = new WorkbookScorer(session.scores.unit.index, engine, []);
    const answers: [string, AnswerValue | null][] = [];
    for (const [itemId, record] of session.records) {
      if (scorer.index.answerables.has(itemId)) answers.push([itemId, record.answer]);
    }
    scorer.setAnswers(answers);
    return new WorkbookRule(engine, scorer);
  }

  /** Writes changed unit answers into the workbook (computed `%` cells stay the workbook's formulas). */
  apply(records: Iterable<readonly [string, AnswerRecord]>): void {
    const answers: [string, AnswerValue | null][] = [];
    for (const [itemId, record] of records) {
      const answerable = this.scorer.index.answerables.get(itemId);
      if (answerable) answers.push([itemId, record.answer]);
    }
    this.engine.setAnswers(answers);
    this.scorer.setAnswers(answers);
  }

  /** The scores as the workbook computes them; `gains` 0 skips "where to gain points" (per edit). */
  summary(gains = GAINS_IN_VIEW): ScoreSummary {
    return summarize(this.scorer, { gains });
  }

  /**
   * Last year's block of a workbook that holds two years side by side: each item's answer and value and
   * the total, read from the workbook's own cells (they do not change with this year's edits).
   */
  priorYear(): PriorYearView | null {
    const block = this.engine.layout.columns.prior;
    if (!block) return null;
    const items: PriorYearView['items'] = {};
    for (const [id, row] of Object.entries(this.engine.layout.rows)) {
      const raw = this.engine.read(row, block.answer);
      const answer = typeof raw === 'number' || (typeof raw === 'string' && raw.trim() !== '') ? raw : null;
      const value = numberOf(this.engine.nodeValue(id, 'prior'));
      if (answer !== null || value !== null) items[id] = { answer, value };
    }
    return {
      label: block.label,
      ...(block.year !== undefined ? { year: block.year } : {}),
      total: numberOf(this.engine.priorTotal()),
      items,
    };
  }

  destroy(): void {
    this.engine.destroy();
  }
}

const rules = new Map<string, Promise<WorkbookRule | null>>();

/** The rule of an open document (built on first use, then kept until the document closes). */
export function workbookRuleFor(documentId: string, session: DocumentSession): Promise<WorkbookRule | null> {
  let rule = rules.get(documentId);
  if (!rule) {
    rule = WorkbookRule.open(session);
    rules.set(documentId, rule);
  }
  return rule;
}

/** Serves an open document with the engine its import built; a document already served keeps its own. */
export function adoptWorkbookRule(
  documentId: string,
  session: DocumentSession,
  engine: WorkbookEngine,
): void {
  if (rules.has(documentId)) {
    engine.destroy();
    return;
  }
  rules.set(documentId, Promise.resolve(WorkbookRule.adopt(session, engine)));
}

export async function forgetWorkbookRule(documentId: string): Promise<void> {
  const rule = rules.get(documentId);
  rules.delete(documentId);
  (await rule)?.destroy();
}
