import type { AnswerRecord, RecordEvidence, RecordField } from '../../shared/records/answer-record';
import { RECORD_FIELDS } from '../../shared/records/answer-record';
import { applyChanges } from '../../shared/records/apply-changes';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import { DocumentMetadataSchema, EMPTY_METADATA } from '../../shared/records/document-metadata';
import type { FieldEdit } from '../../shared/records/plan-edits';
import { planEdits } from '../../shared/records/plan-edits';
import { ProblemError } from '../../shared/problem';
import { parseTemplate } from '../../shared/template/check-template';
import type { Template } from '../../shared/template/template-schema';
import { indexTemplate } from '../../shared/template/template-index';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { resolveAuthor } from './author';
import { METADATA_KEY } from './read-content';
import type { SourceWorkbook, WritableDB } from './storage/document-store';
import { createDatabase } from './sqlite/open-database';
import { writeNewFile } from './write-new-file';
import { DOCUMENT_UID_KEY, newDocumentUid } from './document-uid';

export interface NewDocument {
  /** The template the document follows; a copy is kept inside the document. */
  template: Template;
  metadata?: Partial<DocumentMetadata> | undefined;
  /** Initial records by item id (e.g. from an imported workbook); fields left out are empty. */
  records?:
    ReadonlyMap<string, Partial<AnswerRecord>> | Readonly<Record<string, Partial<AnswerRecord>>> | undefined;
  /**
   * The official workbook the document comes from, kept byte for byte with its file name and the
   * importer's layout (JSON: where the LKE sits in it), for evaluating and exporting back into it.
   */
  sourceWorkbook?: SourceWorkbook | undefined;
  author?: string | undefined;
  /** More to write in the same transaction (e.g. last year's LKE the document starts from). */
  alsoWrite?: ((db: WritableDB, at: string) => void) | undefined;
}

/**
 * Creates a document file at `path` (which must not exist): the template, metadata, initial records and
 * source workbook, checked like any edit (answers against their types, codes against the template).
 * Initial records are the starting point, not history: undo cannot take them back. Throws ProblemError
 * naming the file and field for bad input; nothing is left behind then.
 */
export async function createDocument(path: string, document: NewDocument): Promise<void> {
  const file = basename(path);
  const checked = parseTemplate(document.template, file);
  if (!checked.ok) throw new ProblemError(checked.problems);
  const template = checked.value;
  const records = initialRecords(template, document.records, file);
  const metadata = DocumentMetadataSchema.parse({
    ...EMPTY_METADATA,
    model: template.model,
    ...document.metadata,
  });
  const at = new Date().toISOString();
  await writeNewFile(path, async (temp) => {
    // Written unsynced under its temporary name, then synced once, closed, before it takes its name.
    const store = createDatabase(temp, { unsynced: true });
    try {
      store.write((db) => {
        db.meta.writeTemplateJson(JSON.stringify(template));
        db.meta.set(METADATA_KEY, JSON.stringify(metadata));
        db.meta.set('createdAt', at);
        db.meta.set('createdBy', resolveAuthor(document.author));
        db.meta.set(DOCUMENT_UID_KEY, newDocumentUid());
        for (const [itemId, record] of records) db.records.write(itemId, record);
        const source = document.sourceWorkbook;
        if (source) db.files.writeSourceWorkbook(source, at);
        document.alsoWrite?.(db, at);
      });
    } finally {
      store.close();
    }
    await syncFile(temp);
  });
}

/** Waits until the file's content is on the disk. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function initialRecords(
  template: Template,
  given: NewDocument['records'],
  file: string,
): Map<string, AnswerRecord> {
  if (!given) return new Map();
  const entries = given instanceof Map ? [...given] : Object.entries(given);
  const edits: FieldEdit[] = [];
  for (const [itemId, record] of entries) {
    for (const field of RECORD_FIELDS as readonly RecordField[]) {
      const value = (record as Partial<AnswerRecord>)[field];
      if (value !== undefined && value !== null) edits.push({ itemId, field, value });
    }
  }
  const planned = planEdits(indexTemplate(template), new Map(), edits, { file });
  if (!planned.ok) throw new ProblemError(planned.problems);
  // A new document holds no files yet: evidence can only be links and descriptions.
  for (const change of planned.value) {
    const attached =
      change.field === 'evidence' && (change.after as RecordEvidence[]).find((e) => e.attachment);
    if (attached) {
      throw new ProblemError([
        {
          code: 'record.unknownAttachment',
          params: { name: attached.attachment?.fileName ?? '' },
          where: { file, field: `${change.itemId}.evidence` },
        },
      ]);
    }
  }
  return applyChanges({ records: new Map(), metadata: EMPTY_METADATA }, planned.value).records;
}
