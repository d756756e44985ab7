import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES } from '../../shared/records/attachment';
import { planEdits } from '../../shared/records/plan-edits';
import { ProblemError } from '../../shared/problem';
import type { DocumentSession, EditResult } from './document-session';
import type { SourceWorkbook, StoredFile } from './storage/document-store';

export interface NewAttachment {
  itemId: string;
  fileName: string;
  mediaType?: string | undefined;
  bytes: Uint8Array;
  /** A description shown with the file ("SK Tim ZI"). */
  text?: string | undefined;
}

/** Standard base64 with its padding, as browsers' FileReader and Buffer write it. */
/**
 * Base64 as the window sends it: only its alphabet, padding at the end, a length a multiple of four. A
 * character class with no groups: a regular expression repeating a group recurses on a 13 MB string.
 */
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (s: string): boolean => s.length % 4 === 0 && BASE64_CHARS.test(s);

/**
 * The bytes of a file sent as base64 (browser mode, the API): text that is not base64 — which Buffer
 * would decode to other bytes without a word — is refused naming the document and the file.
 */
export function attachmentBytes(
  session: DocumentSession,
  file: { itemId: string; fileName: string },
  contentBase64: string,
): Buffer {
  if (!isBase64(contentBase64)) {
    throw new ProblemError([
      {
        code: 'record.attachmentNotBase64',
        params: { name: file.fileName },
        where: { file: session.fileName, field: `${file.itemId}.evidence` },
      },
    ]);
  }
  return Buffer.from(contentBase64, 'base64');
}

/**
 * Stores a file in the document and adds it to an item's evidence, as one undoable action. Files over
 * MAX_ATTACHMENT_BYTES are refused with a message saying to share them as a link instead.
 */
export function addAttachment(session: DocumentSession, file: NewAttachment, author: string): EditResult {
  const where = { file: session.fileName, field: `${file.itemId}.evidence` };
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new ProblemError([
      {
        code: 'record.attachmentTooLarge',
        params: {
          name: file.fileName,
          size: megabytes(file.bytes.length),
          max: megabytes(MAX_ATTACHMENT_BYTES),
        },
        where,
      },
    ]);
  }
  const id = createHash('sha256').update(file.bytes).digest('hex');
  const ref = {
    id,
    fileName: file.fileName,
    size: file.bytes.length,
    ...(file.mediaType ? { mediaType: file.mediaType } : {}),
  };
  return session.perform(author, (tx) => {
    const evidence = [
      ...tx.record(file.itemId).evidence,
      { ...(file.text ? { text: file.text } : {}), attachment: ref },
    ];
    const planned = planEdits(
      session.index,
      tx.currentRecords(),
      [{ itemId: file.itemId, field: 'evidence', value: evidence }],
      { file: session.fileName },
    );
    if (!planned.ok) throw new ProblemError(planned.problems);
    const bytes = Buffer.from(file.bytes);
    tx.db.files.addAttachment(
      id,
      { fileName: file.fileName, mediaType: file.mediaType ?? null, bytes },
      tx.at,
    );
    tx.recordAction('attach', file.fileName, planned.value);
  });
}

/** A stored file, by the id its evidence entry carries. */
export function readAttachment(session: DocumentSession, attachmentId: string): StoredFile {
  const file = session.store.read((db) => db.files.attachment(attachmentId));
  if (file) return file;
  throw new ProblemError([
    { code: 'record.unknownAttachment', params: { name: attachmentId }, where: { file: session.fileName } },
  ]);
}

/**
 * The official workbook the document was imported from, if it was: file name, bytes, the importer's
 * layout (unchecked JSON: the importer validates its own format) and when it was imported.
 */
export function readSourceWorkbook(
  session: DocumentSession,
): (SourceWorkbook & { importedAt: string }) | null {
  // A damaged stored workbook is as none: the document goes on with the template's rule.
  if (session.sourceWorkbookProblem) return null;
  return session.store.read((db) => db.files.sourceWorkbook()) ?? null;
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
