import type { ProblemError } from '../../../shared/problem';
import type { AnswerRecord } from '../../../shared/records/answer-record';
import type { ActionKind, ActionState } from '../../../shared/records/history-entry';
import type { Change } from '../../../shared/records/record-change';
import type { CarriedRecord } from '../../../shared/yearly/carry-records';
import type { LastYear } from '../../../shared/yearly/last-year';
import type { Recommendation } from '../../../shared/yearly/recommendation';
import type {
  ActionRow,
  ChangeRow,
  RecordRow,
  SnapshotContent,
  SnapshotRow,
  SourceWorkbookRow,
  StoredFile,
} from './rows';

export type { ActionRow, ChangeRow, RecordRow, SnapshotContent, SnapshotRow, SourceWorkbookRow, StoredFile };

/**
 * The storage of one document, whatever engine keeps it (a SQLite file of its own; a PostgreSQL
 * database of the organisation). The service reaches a document's rows only through these handles, so
 * scoring, merge, export, planning and the portfolio never know which engine they run on.
 *
 * Write access is a type (as Signal-Desktop's ReadableDB / WritableDB): a `WritableDB` exists only
 * inside `write`, so a write outside a transaction does not compile.
 */
export interface DocumentStore {
  /** Set when every edit is refused (read-only media, a full disk): the problem to give. */
  readonly readOnly: ProblemError | null;
  /** Runs `fn` in one read transaction: everything it reads comes from one moment. */
  read<T>(fn: (db: ReadableDB) => T): T;
  /**
   * Runs `fn` as one write transaction, holding the document's write lock from its start (so that what
   * it reads is current and two writers, two processes or two servers, never interleave).
   */
  write<T>(fn: (db: WritableDB) => T): T;
  /**
   * Runs `act` (which may call `write`) letting its commits reach the disk in the background while it
   * goes on: an engine whose commit is durable when it returns just runs `act`. Nothing of those commits
   * may be told to anyone (an answer, another window) before `durable()` has settled.
   */
  deferringSync<T>(act: () => T): T;
  /** Settles once every commit made so far is on the disk; rejects when the disk refused one. */
  durable(): Promise<void>;
  /** Changes whenever another connection has committed to the document (to catch up with it). */
  changeToken(): number;
  /** A consistent copy of the document as a workbench file (.rbw) at `path`. */
  copyTo(path: string): Promise<void>;
  close(): void;
}

/** What a read transaction may do. */
export interface ReadableDB {
  readonly meta: MetaReads;
  readonly records: RecordReads;
  readonly history: HistoryReads;
  readonly snapshots: SnapshotReads;
  readonly files: FileReads;
  readonly yearly: YearlyReads;
  readonly surveys: SurveyReads;
}

/** What a write transaction may do: everything a read may, and write. */
export interface WritableDB extends ReadableDB {
  readonly __writable_db: never;
  readonly meta: MetaReads & MetaWrites;
  readonly records: RecordReads & RecordWrites;
  readonly history: HistoryReads & HistoryWrites;
  readonly snapshots: SnapshotReads & SnapshotWrites;
  readonly files: FileReads & FileWrites;
  readonly yearly: YearlyReads & YearlyWrites;
  readonly surveys: SurveyReads & SurveyWrites;
}

/** The template copy and the key/value facts of a document (metadata, identity, stored scores …). */
export interface MetaReads {
  templateJson(): string | undefined;
  get(key: string): string | undefined;
  /** Every key and value (to copy a document whole). */
  entries(): [string, string][];
}
export interface MetaWrites {
  writeTemplateJson(json: string): void;
  set(key: string, value: string): void;
}

/** One row per filled item: its answer, note, evidence, review and work-planning fields. */
export interface RecordReads {
  rows(): RecordRow[];
}
export interface RecordWrites {
  write(itemId: string, record: AnswerRecord): void;
}

export interface NewAction {
  at: string;
  author: string;
  kind: ActionKind;
  label: string | null;
  state: ActionState;
  target: number | null;
}

/** The actions users took and the fields each changed: history, the undo / redo stack, the revision. */
export interface HistoryReads {
  /**
   * The action an undo takes back: the latest one still done, leaving out `others` (the actions of other
   * windows on the document: each window undoes what it did).
   */
  lastDone(others?: ReadonlySet<number>): ActionRow | undefined;
  /** The action a redo does again: the earliest one undone, leaving out `others` (see lastDone). */
  firstUndone(others?: ReadonlySet<number>): ActionRow | undefined;
  /** The id of the latest action: the document's revision (0 before the first). */
  revision(): number;
  /** Newest first, `limit` actions with ids below `before`, optionally only those touching `itemIds`. */
  list(options: { before?: number | undefined; limit: number; itemIds?: string[] | undefined }): ActionRow[];
  /** The changes of one action in the order made, as stored (see checked-history.ts). */
  changeRows(actionId: number): ChangeRow[];
  /** Who last changed a field of an item after `revision`, and when (undo and redo included). */
  lastChangeOf(itemId: string, field: string, revision: number): { author: string; at: string } | undefined;
  /** Every change recorded after `revision`, in the order made (values as stored JSON). */
  changeRowsAfter(revision: number): ChangeRow[];
  /** Every action in order with every change, to find where two copies of a document went apart. */
  trail(): { action: ActionRow; changes: ChangeRow[] }[];
}
export interface HistoryWrites {
  /** Records an action and its changes; returns its id, the new revision. */
  add(action: NewAction, changes: readonly Change[]): number;
  setState(id: number, state: ActionState): void;
  /** A new edit after undo: what was undone can no longer be redone (other windows' undone actions stay). */
  discardUndone(others?: ReadonlySet<number>): void;
}

/** Named, dated copies of every record. */
export interface SnapshotReads {
  list(): SnapshotRow[];
  get(id: number): SnapshotRow | undefined;
  content(id: number): SnapshotContent | undefined;
}
export interface SnapshotWrites {
  add(row: Omit<SnapshotRow, 'id'>, content: SnapshotContent): number;
}

/** An official workbook a document was imported from: its name, its bytes and where the LKE sits in it. */
export interface SourceWorkbook {
  fileName: string;
  bytes: Uint8Array;
  /** JSON (the importer's WorkbookLayout); undefined when not known. */
  layout?: unknown;
}

/** Files kept inside the document: evidence attachments and the workbook it was imported from. */
export interface FileReads {
  hasAttachment(id: string): boolean;
  /** The ids of every stored file (to copy a document whole). */
  attachmentIds(): string[];
  attachment(id: string): StoredFile | undefined;
  sourceWorkbookInfo(): SourceWorkbookRow | undefined;
  /** The stored workbook; its layout as stored JSON (undefined when it is not JSON). */
  sourceWorkbook(): (SourceWorkbook & { importedAt: string }) | undefined;
}
export interface FileWrites {
  /** Stores an attachment under its hash; the same bytes stored twice are kept once. */
  addAttachment(id: string, file: Omit<StoredFile, 'size'>, at: string): void;
  writeSourceWorkbook(workbook: SourceWorkbook, at: string): void;
}

/** The yearly cycle: last year's LKE, the answers carried from it, the recommendations followed up. */
export interface YearlyReads {
  lastYear(): LastYear | null;
  carried(): Map<string, { record: CarriedRecord; confirmed: boolean }>;
  recommendations(): Recommendation[];
  recommendation(id: number): Recommendation | undefined;
}
export interface YearlyWrites {
  writeLastYear(lastYear: LastYear): void;
  writeCarried(itemId: string, record: CarriedRecord): void;
  /** Marks carried items as confirmed; returns how many were still unconfirmed. */
  confirm(itemIds: readonly string[], at: string, author: string): number;
  addRecommendation(r: Omit<Recommendation, 'id'>): number;
  updateRecommendation(r: Recommendation): void;
}

/** A survey's stored version: its name and JSON (shared/survey/survey.ts). */
export interface SurveyVersionRow {
  id: number;
  name: string;
  json: string;
}
/** A stored version with who made it and when (to copy a document whole). */
export interface StoredSurveyVersion extends SurveyVersionRow {
  createdAt: string;
  createdBy: string;
}

/** Surveys that feed Hasil: immutable versions, and which version of each survey is current. */
export interface SurveyReads {
  /** The current version of every survey, in name order. */
  current(): SurveyVersionRow[];
  currentVersion(name: string): number | null;
  hasVersion(id: number, name: string): boolean;
  /** Every version ever stored, in order (to copy a document whole). */
  versions(): StoredSurveyVersion[];
}
export interface SurveyWrites {
  addVersion(name: string, json: string, at: string, author: string): number;
  /** A version under the id another copy of the document gave it (copying a document whole). */
  putVersion(version: StoredSurveyVersion): void;
  /** Points a survey at a version, or removes it from the document (null); versions stay. */
  point(name: string, version: number | null): void;
}
