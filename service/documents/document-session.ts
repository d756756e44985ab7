import { basename } from 'node:path';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import { DocumentScores } from '../../shared/scoring/document-scores';
import type { ScoresUpdate } from '../../shared/scoring/document-scores';
import { isRecordChange } from '../../shared/records/record-change';
import type { Template } from '../../shared/template/template-schema';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';
import { ActionTransaction } from './action-transaction';
import { actingWindow } from './acting-window';
import { readMetadata, readRecords, readTemplate } from './read-content';
import type { Problem } from '../../shared/problem';
import { checkSourceWorkbook } from './source-workbook-check';
import { withStorageProblems } from './storage-problem';
import type { DocumentStore, WritableDB } from './storage/document-store';
import { openDatabase } from './sqlite/open-database';

/** What every edit, undo, redo and restore returns (the API's EditResult). */
export interface EditResult {
  revision: number;
  /** The revision the scores were measured from (see the API's EditResult). */
  previousRevision: number;
  changed: { itemId: string; record: AnswerRecord }[];
  metadata: DocumentMetadata;
  scores: ScoresUpdate;
  canUndo: boolean;
  canRedo: boolean;
  steps: number;
  reloaded: boolean;
}

/**
 * One open document: its database and, in memory, its template, records, metadata and both scorings.
 * History is never loaded here (it is read page by page when asked for), which keeps opening fast.
 *
 * Two programs may have the same file open and both edit it. SQLite (WAL) serialises their writes; before
 * every call a session checks `PRAGMA data_version` and reloads when the other one has committed, and
 * every edit reads the current values inside its own write transaction, so neither overwrites the
 * other's work with stale values. Within this process each window undoes its own actions (the window
 * a call comes from, service/documents/acting-window.ts); actions of other programs and of no window
 * (the command line) are anyone's to undo. Undo never overwrites a later change of another window: it
 * says so instead (undo-redo.ts).
 */
export class DocumentSession {
  readonly index: TemplateIndex;
  readonly scores: DocumentScores;
  records: Map<string, AnswerRecord>;
  metadata: DocumentMetadata;
  /** Set when opening had to migrate an older document: its old version and the backup written. */
  readonly migrated: { from: number; backupPath: string } | null;
  /** The verdict on the official workbook the document keeps, reached on opening (see source-workbook-check). */
  readonly sourceWorkbookProblem: Problem | null;
  private seenVersion: number;
  /** The window of each action made in this process by a window (the others are nobody's). */
  private readonly windows = new Map<number, string>();
  /** Told after every action that committed, with the window it came from (OpenDocument publishes it). */
  onAction: ((result: EditResult, window: string | undefined) => void) | undefined;
  /**
   * Called inside every action's write transaction, after its changes and with the session's scores
   * already following them, before the commit: what it writes commits with the action or not at all
   * (the organisation's server keeps each document's stored scores current this way).
   */
  beforeCommit: ((db: WritableDB) => void) | undefined;

  private constructor(
    /** Where the document is: a file's path, or for a document in the organisation's database its name. */
    readonly path: string,
    readonly store: DocumentStore,
    migrated: DocumentSession['migrated'],
    sourceWorkbookProblem: Problem | null,
  ) {
    this.migrated = migrated;
    this.sourceWorkbookProblem = sourceWorkbookProblem;
    const content = store.read((db) => ({
      template: readTemplate(db, this.fileName),
      records: readRecords(db, this.fileName),
      metadata: readMetadata(db, this.fileName),
      version: store.changeToken(),
    }));
    this.index = indexTemplate(content.template);
    this.records = content.records;
    this.metadata = content.metadata;
    this.scores = new DocumentScores(this.index, this.records);
    this.seenVersion = content.version;
  }

  /** Opens and checks a document (see openDatabase); ProblemError naming the file when it cannot. */
  static async open(path: string): Promise<DocumentSession> {
    const { database, migrated } = await openDatabase(path);
    return DocumentSession.onStore(path, database, migrated);
  }

  /** A session on a document opened in any storage engine; the store is closed if it cannot be read. */
  static async onStore(
    path: string,
    store: DocumentStore,
    migrated: DocumentSession['migrated'] = null,
  ): Promise<DocumentSession> {
    try {
      const problem = await checkSourceWorkbook(store, basename(path));
      return new DocumentSession(path, store, migrated, problem);
    } catch (error) {
      store.close();
      throw error;
    }
  }

  get fileName(): string {
    return basename(this.path);
  }

  get template(): Template {
    return this.index.template;
  }

  /** Catches up with another program's edits; true when something had changed. */
  sync(): boolean {
    const version = this.store.changeToken();
    if (version === this.seenVersion) return false;
    const content = this.store.read((db) => ({
      records: readRecords(db, this.fileName),
      metadata: readMetadata(db, this.fileName),
    }));
    this.records = content.records;
    this.metadata = content.metadata;
    this.scores.load(this.records);
    this.seenVersion = version;
    return true;
  }

  /**
   * Runs one user action as one write transaction: `act` plans and writes its changes through the
   * transaction; memory and scores follow only once the commit has succeeded, so a failed action
   * changes nothing anywhere.
   */
  perform(author: string, act: (tx: ActionTransaction) => void): EditResult {
    let reloaded = false;
    let previousRevision = 0;
    const window = actingWindow();
    const others = this.othersActions(window);
    let early: { scores: ScoresUpdate; metadata: DocumentMetadata } | undefined;
    const tx = withStorageProblems(this.path, () => {
      try {
        return this.store.write((db) => {
          reloaded = this.sync();
          previousRevision = db.history.revision();
          const tx = new ActionTransaction(this, db, new Date().toISOString(), author, others);
          act(tx);
          if (this.beforeCommit && tx.actionIds.length > 0) {
            early = { scores: this.scores.apply(tx.changes.filter(isRecordChange)), metadata: this.metadata };
            this.metadata = tx.metadata;
            this.beforeCommit(db);
          }
          return tx;
        });
      } catch (error) {
        // Not committed: the scores and metadata go back to the records as they still are.
        if (early) {
          this.metadata = early.metadata;
          this.scores.load(this.records);
        }
        throw error;
      }
    });
    for (const [itemId, record] of tx.records) this.records.set(itemId, record);
    this.metadata = tx.metadata;
    if (window !== undefined) for (const id of tx.actionIds) this.windows.set(id, window);
    const scores = early?.scores ?? this.scores.apply(tx.changes.filter(isRecordChange));
    const result: EditResult = {
      ...this.undoState(window),
      previousRevision,
      changed: [...tx.records].map(([itemId, record]) => ({ itemId, record })),
      metadata: this.metadata,
      scores,
      steps: tx.steps,
      reloaded,
    };
    if (tx.actionIds.length > 0) this.onAction?.(result, window);
    return result;
  }

  /** The revision and whether undo and redo have anything to do for `window` (see othersActions). */
  undoState(window = actingWindow()): { revision: number; canUndo: boolean; canRedo: boolean } {
    const others = this.othersActions(window);
    return this.store.read((db) => ({
      revision: db.history.revision(),
      canUndo: db.history.lastDone(others) !== undefined,
      canRedo: db.history.firstUndone(others) !== undefined,
    }));
  }

  /**
   * The actions `window` may not undo or redo: those other windows made in this process. Without a
   * window (the command line) none: undo takes back the latest action, whoever made it.
   */
  othersActions(window: string | undefined): ReadonlySet<number> {
    const others = new Set<number>();
    if (window === undefined) return others;
    for (const [id, owner] of this.windows) if (owner !== window) others.add(id);
    return others;
  }

  /** The document's revision: the id of its latest action. */
  revision(): number {
    return this.store.read((db) => db.history.revision());
  }

  close(): void {
    this.store.close();
  }
}
