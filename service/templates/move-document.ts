import { indexTemplate } from '../../shared/template/template-index';
import type { VersionMove } from '../../shared/template/move-to-version';
import { moveToVersion } from '../../shared/template/move-to-version';
import { createDocument } from '../documents/create-document';
import { openDocuments } from '../documents/open-documents';
import { findTemplate, templateForNewDocument } from './template-store';

export interface MovedDocument extends VersionMove {
  from: { id: string; version: string };
  to: { id: string; version: string };
}

/**
 * A document moved to the current version of its template (or to another template, `templateId`): a
 * new document at `out` from that version, holding every record that has a place in it (see
 * moveToVersion); the old document is left as it was. Returns what moved, what was dropped, what is new.
 */
export async function moveDocumentToVersion(
  path: string,
  out: string,
  options: { templateId?: string | undefined; author?: string | undefined } = {},
): Promise<MovedDocument> {
  const doc = await openDocuments.open(path);
  try {
    const session = doc.session;
    session.sync();
    const old = session.template;
    const targetId = options.templateId ?? old.id;
    const { template, sourceWorkbook } = templateForNewDocument(targetId);
    const renames = findTemplate(targetId).file?.renames ?? {};
    const move = moveToVersion(session.index, indexTemplate(template), session.records, renames);
    await createDocument(out, {
      template,
      metadata: session.metadata,
      records: move.records,
      sourceWorkbook,
      author: options.author,
    });
    return {
      ...move,
      from: { id: old.id, version: old.version },
      to: { id: template.id, version: template.version },
    };
  } finally {
    openDocuments.close(doc.id);
  }
}
