import { z } from 'zod';
import { ProblemSchema } from './envelope';
import { defineOperation } from './define-operation';
import { ExportFormatSchema } from '../export/export-request';
import { FindingSchema } from '../workbook/findings/finding';
import { DocumentViewSchema } from './document-operations';
import { AuthorNameSchema } from '../records/author-name';
import { DocumentMetadataSchema } from '../records/document-metadata';

const AuthorSettingsSchema = z.object({
  author: z.string(),
  fallback: z.string(),
  named: z.boolean(),
  asked: z.boolean(),
});

/**
 * What the workbench window asks of the application around documents: which document to show first,
 * recent documents, opening any file a user has (.rbw, or a workbook imported on the fly), new
 * documents, imports and exports. Browser mode has no file dialogs, so files may also travel as base64.
 */
export const APP_OPERATIONS = {
  /**
   * The document to show at start, opened: the file given on the command line, else the last one; null
   * when there is neither (a new user): the window shows its welcome screen.
   */
  'app.startup': defineOperation(z.object({}), DocumentViewSchema.nullable()),
  /**
   * The recent documents, newest first: when each was last opened, whose LKE it is (its metadata) and,
   * with `scores`, its total and category by its leading rule (stored in the document when current,
   * else scored now).
   */
  'app.recent': defineOperation(
    z.object({ scores: z.boolean().optional() }),
    z.array(
      z.object({
        path: z.string(),
        openedAt: z.string(),
        fileName: z.string(),
        /** Null when the file cannot be looked into (opening it says why). */
        metadata: DocumentMetadataSchema.nullable(),
        score: z
          .object({
            total: z.number(),
            category: z.string().nullable(),
            answered: z.number().int(),
            questions: z.number().int(),
            templateTitle: z.string(),
          })
          .nullable(),
      }),
    ),
  ),
  /** The sample (ZI 2021 answered for Dinas Contoh, our own unit), made in the workbench's folder once. */
  'app.openSample': defineOperation(z.object({}), DocumentViewSchema),
  /**
   * Who history names for the window's changes: the name set in the app, else (not set yet) the
   * operating-system user (`fallback`, also RBW_AUTHOR); `asked`: the window asked for the name once already (or RBW_AUTHOR names the
   * user), so it does not ask at start.
   */
  'app.settings': defineOperation(z.object({}), AuthorSettingsSchema),
  /** Sets the user's name for history (null: none, the operating-system user); the window then asks no more. */
  'app.setAuthor': defineOperation(z.object({ name: AuthorNameSchema.nullable() }), AuthorSettingsSchema),
  /**
   * The documents and workbooks in the folders open to the window (browser mode has no file dialog):
   * the workbench's data folder and any folder the user opened at start (`npm run web -- --folder=DIR`).
   */
  'app.files': defineOperation(
    z.object({}),
    z.object({
      folders: z.array(
        z.object({
          path: z.string(),
          files: z.array(
            z.object({
              path: z.string(),
              name: z.string(),
              kind: z.enum(['document', 'workbook']),
              modifiedAt: z.string(),
            }),
          ),
          /** More files than were listed. */
          more: z.boolean(),
        }),
      ),
    }),
  ),
  /**
   * A document (.rbw), or an .xlsx / .xls / .ods imported into a new document in the workbench's folder.
   * The window may name only files the user gave it (a dialog, the command line, the recent documents)
   * or files in the folders open to it.
   */
  'app.openPath': defineOperation(z.object({ path: z.string().min(1) }), DocumentViewSchema),
  /**
   * A new document from a built-in template; without a path it is created in the workbench's folder.
   * Every path in these operations is checked like app.openPath's.
   */
  'app.newDocument': defineOperation(
    z.object({
      templateId: z.string().min(1),
      path: z.string().min(1).optional(),
      /** Whose LKE it is: agency, unit, year, model (asked in the "Baru" dialog). */
      metadata: DocumentMetadataSchema.partial().optional(),
    }),
    DocumentViewSchema,
  ),
  /** An official LKE workbook, by location or uploaded (browser mode), into a new document. */
  'app.importWorkbook': defineOperation(
    z.union([
      z.object({ path: z.string().min(1) }),
      z.object({ fileName: z.string().min(1), contentBase64: z.string().min(1) }),
    ]),
    DocumentViewSchema,
  ),
  /**
   * Another answer sheet of the workbook an open document was imported from (a unit's sheet beside the
   * centre's), as a document of its own beside it, opened (issue 22).
   */
  'app.openAnswerSet': defineOperation(
    z.object({ documentId: z.string().min(1), sheet: z.string().min(1) }),
    DocumentViewSchema,
  ),
  /** Reads an imported document's workbook ahead of the first export (when the export dialog opens). */
  'app.prepareExport': defineOperation(
    z.object({ documentId: z.string().min(1) }),
    z.object({ ready: z.boolean() }),
  ),
  /**
   * Exports to `path`; without one (browser mode) to the workbench's folder, and the bytes come back for
   * a download. Notices say what the file could not hold (e.g. files stored inside the document).
   */
  'app.export': defineOperation(
    z.object({
      documentId: z.string().min(1),
      format: ExportFormatSchema,
      pokja: z.string().min(1).optional(),
      path: z.string().min(1).optional(),
    }),
    z.object({
      path: z.string(),
      fileName: z.string(),
      contentBase64: z.string().optional(),
      notices: z.array(ProblemSchema),
    }),
  ),
  /** The findings of the workbook an imported document came from (null for a template's document). */
  'app.findings': defineOperation(
    z.object({ documentId: z.string().min(1) }),
    z
      .object({
        fileName: z.string(),
        findings: z.array(FindingSchema),
        totals: z.object({ workbook: z.number().nullable(), standard: z.number() }),
      })
      .nullable(),
  ),
} as const;
