import type { DOCUMENT_OPERATIONS } from '../../shared/api/document-operations';
import { addAttachment, readAttachment } from '../documents/attachments';
import { createDocument } from '../documents/create-document';
import { documentView } from '../documents/document-view';
import { setFields, setMetadata } from '../documents/edit-records';
import { listHistory } from '../documents/history';
import { closeDocument, documentById, openDocument } from '../documents/open-documents';
import { saveDocumentAs } from '../documents/save-as';
import { compareSnapshot, createSnapshot, listSnapshots, restoreSnapshot } from '../documents/snapshots';
import { redo, undo } from '../documents/undo-redo';
import { requireTemplate } from '../templates/require-template';
import type { Handlers } from './handlers';

type DocumentHandlers = Pick<Handlers, keyof typeof DOCUMENT_OPERATIONS>;

/** The handlers of the document operations (shared/api/document-operations.ts). */
export const documentHandlers: DocumentHandlers = {
  'documents.create': async ({ path, templateId, metadata }, { author }) => {
    const template = requireTemplate(templateId, { field: 'templateId' });
    await createDocument(path, { template, metadata, author });
    const { documentId, session } = await openDocument(path);
    return documentView(documentId, session);
  },
  'documents.open': async ({ path }) => {
    const { documentId, session } = await openDocument(path);
    return documentView(documentId, session);
  },
  'documents.view': async ({ documentId }) => documentView(documentId, documentById(documentId)),
  'documents.close': async ({ documentId }) => ({ closed: closeDocument(documentId) }),
  'documents.saveAs': async ({ documentId, path }) => {
    await saveDocumentAs(documentById(documentId), path);
    const opened = await openDocument(path);
    closeDocument(documentId);
    return documentView(opened.documentId, opened.session);
  },
  'documents.setMetadata': async ({ documentId, metadata }, { author }) =>
    setMetadata(documentById(documentId), metadata, author),
  'records.set': async ({ documentId, itemId, field, value }, { author }) =>
    setFields(documentById(documentId), [{ itemId, field, value }], author, 'edit'),
  'records.paste': async ({ documentId, edits }, { author }) =>
    setFields(
      documentById(documentId),
      edits.map((e, i) => ({
        itemId: e.itemId,
        field: e.field ?? 'answer',
        value: e.value,
        row: e.row ?? i + 1,
      })),
      author,
    ),
  'history.undo': async ({ documentId, steps }, { author }) =>
    undo(documentById(documentId), steps ?? 1, author),
  'history.redo': async ({ documentId, steps }, { author }) =>
    redo(documentById(documentId), steps ?? 1, author),
  'history.list': async ({ documentId, itemId, before, limit }) =>
    listHistory(documentById(documentId), { itemId, before, limit: limit ?? 200 }),
  'snapshots.create': async ({ documentId, name }, { author }) =>
    createSnapshot(documentById(documentId), name, author),
  'snapshots.list': async ({ documentId }) => listSnapshots(documentById(documentId)),
  'snapshots.compare': async ({ documentId, snapshotId }) =>
    compareSnapshot(documentById(documentId), snapshotId),
  'snapshots.restore': async ({ documentId, snapshotId }, { author }) =>
    restoreSnapshot(documentById(documentId), snapshotId, author),
  'attachments.add': async ({ documentId, contentBase64, ...file }, { author }) =>
    addAttachment(documentById(documentId), { ...file, bytes: Buffer.from(contentBase64, 'base64') }, author),
  'attachments.get': async ({ documentId, attachmentId }) => {
    const file = readAttachment(documentById(documentId), attachmentId);
    return {
      fileName: file.fileName,
      mediaType: file.mediaType,
      size: file.size,
      contentBase64: file.bytes.toString('base64'),
    };
  },
};
