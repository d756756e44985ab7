import type { DOCUMENT_OPERATIONS } from '../../shared/api/document-operations';
import { addAttachment, attachmentBytes, readAttachment } from '../documents/attachments';
import { templateForNewDocument } from '../templates/template-store';
import { createDocument } from '../documents/create-document';
import { setFields, setMetadata } from '../documents/edit-records';
import { listHistory } from '../documents/history';
import { openDocuments } from '../documents/open-documents';
import { saveDocumentAs } from '../documents/save-as';
import { compareSnapshot, createSnapshot, listSnapshots, restoreSnapshot } from '../documents/snapshots';
import { redo, undo } from '../documents/undo-redo';
import { onDocument, remembered, showing } from './behaviours';
import type { FileAccess } from '../workbench/file-access';
import type { Handlers } from './handlers';
import { dirname, resolve } from 'node:path';

type DocumentHandlers = Pick<Handlers, keyof typeof DOCUMENT_OPERATIONS>;

/**
 * Last year's document is named relative to the document (the rekap reads it): a name the caller could
 * not open itself (`../../etc/…`) would let the service read beyond what the user gave.
 */
function checkPriorYear(
  metadata: { priorYearDocument?: string | null } | undefined,
  path: string,
  files: FileAccess,
) {
  const named = metadata?.priorYearDocument;
  if (named) files.allow(resolve(dirname(path), named), 'open');
}

/** The handlers of the document operations (shared/api/document-operations.ts). */
export const documentHandlers: DocumentHandlers = {
  'documents.create': showing(async ({ path, templateId, metadata }, { author, files }) => {
    const target = files.allow(path, 'create');
    checkPriorYear(metadata, target, files);
    const { template, sourceWorkbook } = templateForNewDocument(templateId);
    await createDocument(target, { template, metadata, author, sourceWorkbook });
    return openDocuments.open(target);
  }),
  'documents.open': showing(async ({ path }, { files }) => openDocuments.open(files.allow(path, 'open'))),
  'documents.view': onDocument((doc) => doc.view()),
  'documents.close': async ({ documentId }) => ({ closed: openDocuments.close(documentId) }),
  /** Goes on with the copy under a new id; the original is closed. */
  'documents.saveAs': showing(
    remembered(
      onDocument(async (doc, { path }, { files }) => {
        const target = files.allow(path, 'create');
        await saveDocumentAs(doc.session, target);
        const copy = await openDocuments.open(target);
        openDocuments.close(doc.id);
        return copy;
      }),
    ),
  ),
  'documents.setMetadata': onDocument((doc, { metadata }, { author, files }) => {
    checkPriorYear(metadata, doc.path, files);
    return doc.edit((session) => setMetadata(session, metadata, author));
  }),
  'records.set': onDocument((doc, { itemId, field, value, base }, { author }) =>
    doc.edit((session) =>
      setFields(
        session,
        [{ itemId, field, value }],
        author,
        'edit',
        base === undefined ? [] : [{ itemId, field, base }],
      ),
    ),
  ),
  'records.paste': onDocument((doc, { edits }, { author }) =>
    doc.edit((session) =>
      setFields(
        session,
        edits.map((e, i) => ({ itemId: e.itemId, field: e.field, value: e.value, row: e.row ?? i + 1 })),
        author,
      ),
    ),
  ),
  'scores.gains': onDocument((doc) => doc.gains()),
  'history.undo': onDocument((doc, { steps }, { author }) =>
    doc.edit((session) => undo(session, steps, author)),
  ),
  'history.redo': onDocument((doc, { steps }, { author }) =>
    doc.edit((session) => redo(session, steps, author)),
  ),
  'history.list': onDocument((doc, { itemId, before, limit }) =>
    listHistory(doc.session, { itemId, before, limit }),
  ),
  'snapshots.create': onDocument((doc, { name }, { author }) => createSnapshot(doc.session, name, author)),
  'snapshots.list': onDocument((doc) => listSnapshots(doc.session)),
  'snapshots.compare': onDocument((doc, { snapshotId }) => compareSnapshot(doc.session, snapshotId)),
  'snapshots.restore': onDocument((doc, { snapshotId }, { author }) =>
    doc.edit((session) => restoreSnapshot(session, snapshotId, author)),
  ),
  'attachments.add': onDocument((doc, { contentBase64, ...file }, { author }) =>
    doc.edit((session) =>
      addAttachment(session, { ...file, bytes: attachmentBytes(session, file, contentBase64) }, author),
    ),
  ),
  'attachments.get': onDocument((doc, { attachmentId }) => {
    const file = readAttachment(doc.session, attachmentId);
    return {
      fileName: file.fileName,
      mediaType: file.mediaType,
      size: file.size,
      contentBase64: file.bytes.toString('base64'),
    };
  }),
};
