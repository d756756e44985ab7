import { z } from 'zod';
import { AnswerRecordSchema, RECORD_FIELDS, RecordEvidenceSchema } from '../records/answer-record';
import { DocumentMetadataSchema } from '../records/document-metadata';
import { HistoryEntrySchema } from '../records/history-entry';
import { TemplateSchema } from '../template/template-schema';
import { defineOperation } from './define-operation';
import { ProblemSchema } from './envelope';
import { PriorYearViewSchema } from './prior-year';
import { GainSchema, ScoresSummarySchema, ScoresUpdateSchema } from './score-summary-schema';

/**
 * The operations on workbook documents (.rbw): open, edit, undo, history, snapshots, attachments. Every
 * edit is saved before the call returns; there is no save operation. A document is named by the
 * `documentId` that open / create return, until it is closed.
 */

const DocumentRef = z.object({ documentId: z.string().min(1) });
const FieldSchema = z.enum(RECORD_FIELDS);
/** A raw value as typed or pasted: text, a number, empty (null), or an evidence list. */
const RawValueSchema = z.union([z.string(), z.number(), z.null(), z.array(RecordEvidenceSchema)]);

export const SnapshotInfoSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  at: z.string(),
  author: z.string(),
  /** The unit's and the reviewer's totals when the snapshot was taken. */
  total: z.number(),
  reviewerTotal: z.number(),
});

/**
 * A workbook of several answer sheets (a centre's sheet and its units', averaged on a summary sheet):
 * the sheet the document edits (on screen), the headline the summary computes, every sheet's own total.
 */
export const AnswerSetsViewSchema = z.object({
  shown: z.string(),
  headline: z
    .object({ cell: z.string(), value: z.number().nullable(), error: z.string().nullable() })
    .nullable(),
  sets: z.array(z.object({ sheet: z.string(), total: z.number().nullable(), error: z.string().nullable() })),
});
export type AnswerSetsView = z.infer<typeof AnswerSetsViewSchema>;

export const DocumentViewSchema = z.object({
  documentId: z.string(),
  path: z.string(),
  fileName: z.string(),
  /** Grows with every action; a jump of more than one means another program edited the document. */
  revision: z.number().int(),
  template: TemplateSchema,
  metadata: DocumentMetadataSchema,
  /** Records by item id; an item missing here has an empty record (EMPTY_RECORD). */
  records: z.record(z.string(), AnswerRecordSchema),
  /** The leading rule's scores (what every part of the screen shows), the other rule's beside them. */
  scores: ScoresSummarySchema,
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** The official workbook this document was imported from, kept inside it. */
  sourceWorkbook: z.object({ fileName: z.string(), size: z.number(), importedAt: z.string() }).nullable(),
  /** Set when opening brought an older document up to date: its old format and the backup written. */
  migration: z.object({ from: z.number().int(), backupPath: z.string() }).nullable(),
  /** What the user must be told once on opening (a damaged stored workbook, a read-only document). */
  notices: z.array(ProblemSchema).optional(),
  /** Last year's block, when the workbook the document came from holds two years. */
  priorYear: PriorYearViewSchema.nullable().optional(),
  /** The answer sheets of a workbook whose headline a summary sheet computes from several (issue 22). */
  answerSets: AnswerSetsViewSchema.nullable().optional(),
  /** A total must be a total: what is wrong with the workbook's total cell, shown beside it (issue 22). */
  totalWarnings: z.array(ProblemSchema).optional(),
  /**
   * What the workbook shows for its total when that is an error (#CYCLE!: a total reading itself), when
   * the view was made: the total is incomplete, not 0,00 (issue 22).
   */
  totalError: z.string().optional(),
  /** Questions taking their value from a survey ("dari survei: n responden, tanggal"). */
  surveyMarks: z
    .record(
      z.string(),
      z.object({ name: z.string(), respondents: z.number().int(), date: z.string().nullable() }),
    )
    .optional(),
});

/** What every edit, undo, redo and restore returns: enough to update the screen at once. */
export const EditResultSchema = z.object({
  /** What the user must be told about the edit (a link kept as text). */
  notices: z.array(ProblemSchema).optional(),
  revision: z.number().int(),
  /**
   * The revision `scores` were measured from: a screen that shows another revision (another window
   * edited the document meanwhile) fetches the whole view again instead of applying them.
   */
  previousRevision: z.number().int(),
  /** The new record of every item the action changed. */
  changed: z.array(z.object({ itemId: z.string(), record: AnswerRecordSchema })),
  metadata: DocumentMetadataSchema,
  /** The scores after the action, by the leading rule and beside it, as updates of the previous ones. */
  scores: ScoresUpdateSchema,
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** How many actions were undone or redone (0: nothing to do). */
  steps: z.number().int(),
  /** Another program changed the document since this one last looked: fetch the whole view again. */
  reloaded: z.boolean(),
});

const StepsInput = DocumentRef.extend({ steps: z.number().int().min(1).max(100_000).default(1) });

export const DOCUMENT_OPERATIONS = {
  'documents.create': defineOperation(
    z.object({
      path: z.string().min(1),
      templateId: z.string().min(1),
      metadata: DocumentMetadataSchema.partial().optional(),
    }),
    DocumentViewSchema,
  ),
  'documents.open': defineOperation(z.object({ path: z.string().min(1) }), DocumentViewSchema),
  'documents.view': defineOperation(DocumentRef, DocumentViewSchema),
  'documents.close': defineOperation(DocumentRef, z.object({ closed: z.boolean() })),
  /** Copies the document (SQLite backup) and goes on with the copy: the view has a new documentId. */
  'documents.saveAs': defineOperation(DocumentRef.extend({ path: z.string().min(1) }), DocumentViewSchema),
  'documents.setMetadata': defineOperation(
    DocumentRef.extend({ metadata: DocumentMetadataSchema.partial() }),
    EditResultSchema,
  ),
  /**
   * `base`: the field's stored value as the sender saw it. When another user changed it since, the edit
   * is checked by the three-way rule of the merge: a conflict is refused (`record.staleBase`), not written.
   */
  'records.set': defineOperation(
    DocumentRef.extend({
      itemId: z.string().min(1),
      field: FieldSchema,
      value: RawValueSchema,
      base: RawValueSchema.optional(),
    }),
    EditResultSchema,
  ),
  /** Many values as one action, all or nothing; `row` is the grid row named in a problem. */
  'records.paste': defineOperation(
    DocumentRef.extend({
      edits: z
        .array(
          z.object({
            itemId: z.string().min(1),
            field: FieldSchema.default('answer'),
            value: RawValueSchema,
            row: z.number().int().min(1).optional(),
          }),
        )
        .min(1),
    }),
    EditResultSchema,
  ),
  /** Where to gain points by the leading rule, best first (asked for once edits have settled). */
  'scores.gains': defineOperation(
    DocumentRef,
    z.object({ revision: z.number().int(), gains: z.array(GainSchema) }),
  ),
  'history.undo': defineOperation(StepsInput, EditResultSchema),
  'history.redo': defineOperation(StepsInput, EditResultSchema),
  /** Newest first; `before` pages back from an entry id; `itemId` keeps one indicator (and its inputs). */
  'history.list': defineOperation(
    DocumentRef.extend({
      itemId: z.string().min(1).optional(),
      before: z.number().int().optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    z.object({ entries: z.array(HistoryEntrySchema), more: z.boolean() }),
  ),
  'snapshots.create': defineOperation(
    DocumentRef.extend({ name: z.string().trim().min(1) }),
    SnapshotInfoSchema,
  ),
  'snapshots.list': defineOperation(DocumentRef, z.array(SnapshotInfoSchema)),
  'snapshots.compare': defineOperation(
    DocumentRef.extend({ snapshotId: z.number().int() }),
    z.object({
      snapshot: SnapshotInfoSchema,
      /** Every field that differs: its value in the snapshot and now. */
      differences: z.array(
        z.object({
          itemId: z.string(),
          field: FieldSchema,
          snapshot: RawValueSchema,
          current: RawValueSchema,
        }),
      ),
      metadata: z.object({ snapshot: DocumentMetadataSchema, current: DocumentMetadataSchema }).nullable(),
      totals: z.object({
        snapshot: z.object({ unit: z.number(), reviewer: z.number() }),
        current: z.object({ unit: z.number(), reviewer: z.number() }),
      }),
    }),
  ),
  /** Puts the snapshot's records back as one action, which can itself be undone. */
  'snapshots.restore': defineOperation(
    DocumentRef.extend({ snapshotId: z.number().int() }),
    EditResultSchema,
  ),
  /** Stores a file (base64, up to MAX_ATTACHMENT_BYTES) in the document and adds it to an item's evidence. */
  'attachments.add': defineOperation(
    DocumentRef.extend({
      itemId: z.string().min(1),
      fileName: z.string().min(1),
      mediaType: z.string().optional(),
      contentBase64: z.string(),
      text: z.string().optional(),
    }),
    EditResultSchema,
  ),
  'attachments.get': defineOperation(
    DocumentRef.extend({ attachmentId: z.string().min(1) }),
    z.object({
      fileName: z.string(),
      mediaType: z.string().nullable(),
      size: z.number(),
      contentBase64: z.string(),
    }),
  ),
} as const;
