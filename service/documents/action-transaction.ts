import type { AnswerRecord } from '../../shared/records/answer-record';
import { applyChanges, recordOf } from '../../shared/records/apply-changes';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import type { ActionKind } from '../../shared/records/history-entry';
import type { Change } from '../../shared/records/record-change';
import { ProblemError } from '../../shared/problem';
import type { DocumentSession } from './document-session';
import type { WritableDB } from './storage/document-store';

/**
 * The inside of one user action's write transaction: records history entries and writes the records
 * they change, keeping the new state beside the session's until the commit succeeds.
 */
export class ActionTransaction {
  /** Every change made, in order. */
  readonly changes: Change[] = [];
  /** New records of the items changed so far. */
  readonly records = new Map<string, AnswerRecord>();
  metadata: DocumentMetadata;
  /** Undo / redo entries recorded (an action undone or redone per step). */
  steps = 0;
  /** The ids of the history entries recorded (actions, undo and redo steps). */
  readonly actionIds: number[] = [];
  /** Some survey was imported, changed, bound or taken back. */
  surveysChanged = false;

  constructor(
    private readonly session: DocumentSession,
    /** The action's write transaction. */
    readonly db: WritableDB,
    readonly at: string,
    readonly author: string,
    /** The actions of other windows: this one's undo, redo and new edits leave them be. */
    readonly others: ReadonlySet<number> = new Set(),
  ) {
    this.metadata = session.metadata;
  }

  /** The current value of a field a change touches, as this action has left it so far. */
  valueOf(change: Change): unknown {
    if (change.field === 'survey') {
      const { name } = change.after;
      return { name, version: this.db.surveys.currentVersion(name) };
    }
    return change.itemId === null ? this.metadata : this.record(change.itemId)[change.field];
  }

  /** An item's record as this action has left it so far. */
  record(itemId: string): AnswerRecord {
    return this.records.get(itemId) ?? recordOf(this.session.records, itemId);
  }

  /** The records as this action has left them so far (for planning further changes). */
  currentRecords(): ReadonlyMap<string, AnswerRecord> {
    if (this.records.size === 0) return this.session.records;
    return new Map([...this.session.records, ...this.records]);
  }

  /**
   * A new action of the user: goes on top of the undo stack, and whatever was undone before it can no
   * longer be redone. Nothing is recorded when nothing changes.
   */
  recordAction(kind: ActionKind, label: string | null, changes: readonly Change[]): void {
    if (changes.length === 0) return;
    this.db.history.discardUndone(this.others);
    this.actionIds.push(
      this.db.history.add(
        { at: this.at, author: this.author, kind, label, state: 'done', target: null },
        changes,
      ),
    );
    this.write(changes);
  }

  /** The record of one undo or redo step of `target`, with the changes it makes. */
  recordStep(kind: 'undo' | 'redo', target: number, changes: readonly Change[]): void {
    this.db.history.setState(target, kind === 'undo' ? 'undone' : 'done');
    this.actionIds.push(
      this.db.history.add(
        { at: this.at, author: this.author, kind, label: null, state: null, target },
        changes,
      ),
    );
    this.write(changes);
    this.steps++;
  }

  private write(changes: readonly Change[]): void {
    const applied = applyChanges({ records: this.currentRecords(), metadata: this.metadata }, changes);
    for (const [itemId, record] of applied.records) {
      this.db.records.write(itemId, record);
      this.records.set(itemId, record);
    }
    if (applied.metadataChanged) {
      this.db.meta.set('metadata', JSON.stringify(applied.metadata));
      this.metadata = applied.metadata;
    }
    for (const change of changes) {
      if (change.field !== 'survey') continue;
      const { name, version } = change.after;
      if (version !== null && !this.db.surveys.hasVersion(version, name)) {
        throw new ProblemError([
          { code: 'document.badHistory', params: { action: 0 }, where: { field: 'surveys' } },
        ]);
      }
      this.db.surveys.point(name, version);
      this.surveysChanged = true;
    }
    this.changes.push(...changes);
  }
}
