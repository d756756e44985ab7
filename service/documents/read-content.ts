import { z } from 'zod';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { AnswerRecordSchema } from '../../shared/records/answer-record';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import { DocumentMetadataSchema, EMPTY_METADATA } from '../../shared/records/document-metadata';
import { ProblemError } from '../../shared/problem';
import type { Template } from '../../shared/template/template-schema';
import { parseTemplate } from '../../shared/template/check-template';
import type { ReadableDB } from './storage/document-store';
import { parseJson } from './checked-json';
import { rowToRecord } from './storage/record-rows';

/** The meta key holding the document's metadata (JSON). */
export const METADATA_KEY = 'metadata';

/**
 * The template copy a document carries, checked like any template from outside (zod schema and
 * structure): a document edited by hand or by a buggy tool is refused with the field named.
 */
export function readTemplate(db: ReadableDB, file: string): Template {
  // Depth is checked before the schema: zod recurses, and a template nested 20,000 deep would overflow it.
  const data = parseJson(db.meta.templateJson());
  if (data === undefined) throw damaged(file, 'template');
  const parsed = parseTemplate(data, file);
  if (!parsed.ok) throw new ProblemError(parsed.problems);
  return parsed.value;
}

/** Every stored record, each checked against the record schema. */
export function readRecords(db: ReadableDB, file: string): Map<string, AnswerRecord> {
  const records = new Map<string, AnswerRecord>();
  for (const row of db.records.rows()) {
    let parsed: ReturnType<typeof AnswerRecordSchema.safeParse>;
    try {
      parsed = AnswerRecordSchema.safeParse(rowToRecord(row));
    } catch {
      throw damaged(file, row.item_id);
    }
    if (!parsed.success) throw damaged(file, `${row.item_id}.${parsed.error.issues[0]?.path.join('.')}`);
    records.set(row.item_id, parsed.data);
  }
  return records;
}

export function readMetadata(db: ReadableDB, file: string): DocumentMetadata {
  const json = db.meta.get(METADATA_KEY);
  if (json === undefined) return EMPTY_METADATA;
  const parsed = DocumentMetadataSchema.safeParse(safeJson(json));
  if (!parsed.success) throw damaged(file, METADATA_KEY);
  return parsed.data;
}

/** Parses the [itemId, record] list a snapshot keeps. */
export function parseRecordList(json: string, file: string): Map<string, AnswerRecord> {
  const parsed = z.array(z.tuple([z.string(), AnswerRecordSchema])).safeParse(safeJson(json));
  if (!parsed.success) throw damaged(file, 'snapshot');
  return new Map(parsed.data);
}

const safeJson = (json: string): unknown => parseJson(json);

const damaged = (file: string, field: string): ProblemError =>
  new ProblemError([{ code: 'document.badContent', where: { file, field } }]);
