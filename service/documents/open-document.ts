import type { UnitScores } from '../../shared/portfolio/unit-scores';
import type { Gain } from '../../shared/scoring/gains';
import type { WorkbookEngine } from '../workbooks/workbook-engine';
import { sessionScores } from '../portfolio/score-unit';
import { storedRevision, storeScores } from '../portfolio/stored-scores';
import { storedPriorYear } from '../yearly/yearly-state';
import { publishDocumentChange } from './document-events';
import { storageProblem } from './storage-problem';
import type { DocumentSession, EditResult } from './document-session';
import type { DocumentView } from './document-view';
import { documentView, GAINS_IN_VIEW } from './document-view';
import type { WorkbookRule } from './workbook-rule';

/** Indicators ranked between two looks at other calls (each a "what if" total of the workbook: ~0.1 ms). */
const GAINS_PER_TURN = 10;

/** How long after the last change the scores are stored for the portfolio (they are stored at close too). */
const STORE_SCORES_AFTER_MS = 2000;

// The workbook rule (exceljs, HyperFormula) is loaded only for documents imported from a workbook.
const workbookRule = async () => (await import('./workbook-rule')).WorkbookRule;

/**
 * One document this process has open: its session (database, records, scores), the workbook rule of a
 * document imported from an official workbook (built on first use, then leading its scores), its path
 * and its close. Handlers reach everything of a document through it.
 */
export class OpenDocument {
  private rule: Promise<WorkbookRule | null> | undefined;
  /** The leading workbook rule once known (null: the regulation's rule leads; undefined: not ready). */
  private readyRule: WorkbookRule | null | undefined;
  /** The revision whose scores the document keeps for the portfolio (-1: not read yet). */
  private storedRevision = -1;
  /** The revision when the document became ready: a document only looked at is never written. */
  private openedRevision = -1;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** The id the API hands out for later calls. */
    readonly id: string,
    readonly session: DocumentSession,
  ) {
    // Every window showing the document follows each change (document-events.ts): once the change is on
    // the disk, and after the answer to the window that made it (which waits for the same flush).
    session.onAction = ({ canUndo: _u, canRedo: _r, steps: _s, ...change }, window) => {
      const told = { ...change, documentId: id, window: window ?? null };
      session.store.durable().then(
        () => setImmediate(() => publishDocumentChange(told)),
        // Not on the disk: the window that made it is told so; the others hear of nothing.
        () => undefined,
      );
    };
  }

  get path(): string {
    return this.session.path;
  }

  /**
   * The document ready to be shown and edited: for an imported workbook, its own formulas built and
   * leading the scores (the first call builds them; later calls wait for the same build).
   */
  ready(): Promise<WorkbookRule | null> {
    this.rule ??= this.openRule();
    return this.rule;
  }

  /** Serves the document with the engine its import just built; a document already served keeps its own. */
  adopt(engine: WorkbookEngine): void {
    if (this.rule) {
      engine.destroy();
      return;
    }
    this.rule = workbookRule().then((WorkbookRule) => this.lead(WorkbookRule.adopt(this.session, engine)));
  }

  /** Everything the screen shows of the document. */
  async view(): Promise<DocumentView> {
    const rule = await this.ready();
    // Last year's block of a two-year workbook, else last year's LKE the document was started from.
    const sets = rule?.answerSets() ?? [];
    return documentView(
      this.id,
      this.session,
      rule?.priorYear() ?? storedPriorYear(this.session),
      rule && sets.length ? { shown: sets[0]?.sheet ?? '', headline: rule.headline(), sets } : null,
      rule?.totalWarnings() ?? [],
      rule?.totalError() ?? null,
    );
  }

  /**
   * One user action as one transaction; the result carries the scores of the leading rule. It is
   * answered once the action is on the disk: the disk's flush runs while the scores are computed.
   */
  async edit<R extends EditResult>(act: (session: DocumentSession) => R): Promise<R> {
    await this.ready();
    const { store } = this.session;
    const result = store.deferringSync(() => act(this.session));
    try {
      await store.durable();
    } catch (error) {
      throw storageProblem(error, this.path) ?? error;
    }
    return result;
  }

  /** The scores a portfolio lists (total, category…) by the leading rule, at the current revision. */
  async unitScores(): Promise<UnitScores> {
    const rule = await this.ready();
    this.session.sync();
    return sessionScores(this.session, rule);
  }

  /**
   * Where to gain points by the leading rule, at the document's current revision. Ranking them asks the
   * workbook's formulas for a "what if" total per indicator: it is done a few indicators at a time,
   * answering other calls (an edit) in between, and begun again if an edit changed the answers.
   */
  async gains(): Promise<{ revision: number; gains: Gain[] }> {
    await this.ready();
    for (;;) {
      this.session.sync();
      const { scores } = this.session;
      const version = scores.version;
      const revision = this.session.undoState().revision;
      const steps = scores.gainSteps();
      let ranked: Gain[] | undefined;
      for (let n = 1; ranked === undefined && scores.version === version; n++) {
        const step = steps.next();
        if (step.done) ranked = step.value;
        else if (n % GAINS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      if (ranked && scores.version === version) return { revision, gains: ranked.slice(0, GAINS_IN_VIEW) };
    }
  }

  private async openRule(): Promise<WorkbookRule | null> {
    if (!this.session.store.read((db) => db.files.sourceWorkbookInfo())) return this.lead(null);
    return this.lead(await (await workbookRule()).open(this.session));
  }

  private lead(rule: WorkbookRule | null): WorkbookRule | null {
    if (rule) this.session.scores.leadWith(rule.scorer);
    this.readyRule = rule;
    this.openedRevision = this.session.revision();
    return rule;
  }

  /**
   * After a call on the document: if it changed since its scores were last stored for the portfolio,
   * they are stored once the user pauses (a listing then needs no formula engine), at close at the latest.
   */
  changed(): void {
    try {
      if (this.readyRule === undefined || !this.unstored(this.currentRevision())) return;
    } catch {
      return; // closed by the call itself
    }
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => this.storeScores(), STORE_SCORES_AFTER_MS);
    this.storeTimer.unref?.();
  }

  /**
   * Stores the scores of the current revision unless they are stored already — only once the leading
   * rule is known, so that a workbook's document never keeps the regulation's total as its own.
   */
  storeScores(): void {
    clearTimeout(this.storeTimer);
    if (this.readyRule === undefined) return;
    try {
      const revision = this.currentRevision();
      if (!this.unstored(revision)) return;
      this.session.sync();
      storeScores(this.session.store, sessionScores(this.session, this.readyRule));
      this.storedRevision = revision;
    } catch {
      // A read-only or damaged document keeps no scores: the portfolio computes them when it lists it.
    }
  }

  /** Changed since it was opened, and its scores not stored at this revision. */
  private unstored(revision: number): boolean {
    return revision !== this.openedRevision && revision !== this.storedRevision;
  }

  private currentRevision(): number {
    if (this.storedRevision === -1) this.storedRevision = storedRevision(this.session.store);
    return this.session.revision();
  }

  /** Closes the database (SQLite folds the WAL back into the file) and frees the workbook's engine. */
  close(): void {
    this.storeScores();
    this.session.close();
    void this.rule?.then(
      (rule) => rule?.destroy(),
      () => undefined,
    );
  }
}
