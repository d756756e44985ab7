import { z } from 'zod';
import { EvidenceSchema } from '../answers/answers-file';
import { AttachmentRefSchema } from './attachment';

export const WORK_STATUSES = ['belum', 'proses', 'selesai'] as const;
export const WorkStatusSchema = z.enum(WORK_STATUSES);
export type WorkStatus = z.infer<typeof WorkStatusSchema>;

const AnswerValueSchema = z.union([z.string(), z.number()]);

/** One piece of evidence: a description, a link, and (in a document) a file stored inside it. */
export const RecordEvidenceSchema = EvidenceSchema.extend({ attachment: AttachmentRefSchema.optional() });
export type RecordEvidence = z.infer<typeof RecordEvidenceSchema>;

/**
 * Everything kept for one answerable item (question or `Jumlah` input): the unit's answer, note and
 * evidence, the reviewer's (TPI / APIP) answer and note, and the work-planning fields of the pokja.
 * Null means "not filled".
 */
export const AnswerRecordSchema = z.object({
  answer: AnswerValueSchema.nullable(),
  note: z.string().nullable(),
  evidence: z.array(RecordEvidenceSchema),
  reviewerAnswer: AnswerValueSchema.nullable(),
  reviewerNote: z.string().nullable(),
  pokja: z.string().nullable(),
  status: WorkStatusSchema.nullable(),
  /** Target month as `YYYY-MM`. */
  targetMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .nullable(),
});
export type AnswerRecord = z.infer<typeof AnswerRecordSchema>;

export const EMPTY_RECORD: AnswerRecord = {
  answer: null,
  note: null,
  evidence: [],
  reviewerAnswer: null,
  reviewerNote: null,
  pokja: null,
  status: null,
  targetMonth: null,
};

/** The fields of a record a single edit may change. */
export const RECORD_FIELDS = [
  'answer',
  'note',
  'evidence',
  'reviewerAnswer',
  'reviewerNote',
  'pokja',
  'status',
  'targetMonth',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
