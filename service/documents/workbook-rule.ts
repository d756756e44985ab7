import type { PriorYearView } from '../../shared/api/prior-year';
import type { Scorer } from '../../shared/scoring/scorer';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import { cellName } from '../../shared/workbook/read/cell-address';
import { isErrorResult, numberOf } from '../../shared/workbook/read/cell-result';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import { WorkbookLayoutSchema } from '../../shared/workbook/read/layout';
import { importWorkbookBytes, openWorkbookEngine } from '../workbooks/import-workbook';
import type { WorkbookEngine } from '../workbooks/workbook-engine';
import { WorkbookScorer } from '../workbooks/workbook-scorer';
import { totalChecks } from '../workbooks/total-checks';
import type { Problem } from '../../shared/problem';
import { readSourceWorkbook } from './attachments';
import type { DocumentSession } from './document-session';

/**
 * The workbook's own formulas as a scorer that also writes every unit answer it is given into the
 * workbook's answer cell (HyperFormula recomputes only what depends on it), so that the document's
 * scores follow its edits exactly as Excel would compute them.
 */
class LiveWorkbookScorer extends WorkbookScorer {
  private readonly live: WorkbookEngine | undefined;

  /** `held`: the answers the engine's cells hold already (an import's own engine). */
  constructor(index: TemplateIndex, engine: WorkbookEngine, held: Iterable<readonly [string, AnswerValue]>) {
    // The base class sets `held` while `live` is still unset: those are not written again.
    super(index, engine, held);
    this.live = engine;
  }

  override setAnswer(id: string, value: AnswerValue | null): void {
    this.live?.setAnswer(id, value);
    super.setAnswer(id, value);
  }

  override setAnswers(entries: Iterable<readonly [string, AnswerValue | null]>): void {
    const list = [...entries];
    this.live?.setAnswers(list);
    super.setAnswers(list);
  }
}

/**
 * The workbook rule of a document imported from an official workbook: the workbook's own formulas, live,
 * leading the document's scores; last year's block beside them when the workbook holds two years.
 */
export class WorkbookRule {
  private constructor(
    private readonly engine: WorkbookEngine,
    readonly scorer: Scorer,
  ) {}

  /**
   * The rule for a document with a source workbook that computes its own scores; null for a document
   * made from a template or from an upload sheet (which has no score column).
   */
  static async open(session: DocumentSession): Promise<WorkbookRule | null> {
    const source = readSourceWorkbook(session);
    if (!source) return null;
    const layout = WorkbookLayoutSchema.safeParse(source.layout);
    if (layout.success && !computesScores(layout.data)) return null;
    // Documents imported before the layout was kept: find it again in the stored workbook.
    const engine = layout.success
      ? await openWorkbookEngine(source.bytes, layout.data)
      : (await importWorkbookBytes(source.bytes, source.fileName)).engine;
    if (!computesScores(engine.layout)) {
      engine.destroy();
      return null;
    }
    const scorer = new LiveWorkbookScorer(session.index, engine, []);
    scorer.setAnswers(unitAnswers(session));
    return new WorkbookRule(engine, scorer);
  }

  /**
   * The rule over an engine that already holds the document's answers: the one its import just built
   * (building it again from the stored bytes would double the import's cost). Null (and the engine
   * freed) when the workbook computes no scores.
   */
  static adopt(session: DocumentSession, engine: WorkbookEngine): WorkbookRule | null {
    if (!computesScores(engine.layout)) {
      engine.destroy();
      return null;
    }
    const held = unitAnswers(session).filter((entry): entry is [string, AnswerValue] => entry[1] !== null);
    return new WorkbookRule(engine, new LiveWorkbookScorer(session.index, engine, held));
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

  /**
   * The workbook's headline when a summary sheet computes it from several answer sheets (the Indeks RB
   * averaging the centre's sheet with its units'): its cell and value; null otherwise.
   */
  headline(): { cell: string; value: number | null; error: string | null } | null {
    const { layout } = this.engine;
    if (!layout.sheetTotal || !layout.total) return null;
    const shown = this.engine.total();
    return {
      cell: `'${layout.total.sheet ?? layout.sheet}'!${cellName(layout.total.row, layout.total.col)}`,
      value: numberOf(shown),
      error: isErrorResult(shown) ? shown.error : null,
    };
  }

  /** Each answer sheet of the workbook with its own total (the one on screen first). */
  answerSets(): { sheet: string; total: number | null; error: string | null }[] {
    const { layout } = this.engine;
    if (!layout.answerSets?.length) return [];
    const shown = (result: ReturnType<WorkbookEngine['readCell']>) => ({
      total: numberOf(result),
      error: isErrorResult(result) ? result.error : null,
    });
    return [
      { sheet: layout.sheet, ...shown(this.engine.sheetTotal()) },
      ...layout.answerSets.map((set) => ({
        sheet: set.sheet,
        ...shown(
          set.total ? this.engine.readCell({ ...set.total, sheet: set.total.sheet ?? set.sheet }) : null,
        ),
      })),
    ];
  }

  /** A total must be a total: the sheet's total above its maximum or not the sum of its components. */
  totalWarnings(): Problem[] {
    return totalChecks(this.engine, this.scorer.index, this.engine.layout.sheet).map((f) => ({
      code: f.code,
      params: f.params,
      where: f.where,
    }));
  }

  /** What the workbook shows for its total when that is an error (#DIV/0!), else null. */
  totalError(): string | null {
    const total = this.engine.total();
    return isErrorResult(total) ? total.error : null;
  }

  destroy(): void {
    this.engine.destroy();
  }
}

/** An upload sheet (the 2026 portal's `Jawaban`) has answers but no value column: it scores nothing. */
export const computesScores = (layout: WorkbookLayout): boolean =>
  layout.columns.unit.value !== undefined && layout.total !== undefined;

/** The unit's answers of every answerable record of the document. */
function unitAnswers(session: DocumentSession): [string, AnswerValue | null][] {
  const answers: [string, AnswerValue | null][] = [];
  for (const [itemId, record] of session.records) {
    if (session.index.answerables.has(itemId)) answers.push([itemId, record.answer]);
  }
  return answers;
}
