import { basename, extname } from 'node:path';
import type { ExportFormat } from '../../shared/export/export-request';
import type { Problem } from '../../shared/problem';
import type { DocumentSession } from '../documents/document-session';
import { exportDocument } from '../export/export-document';
import { exportForWindow } from './window-export';

export { prepareExport } from '../export/export-document';

export interface AppExportRequest {
  format: ExportFormat;
  pokja?: string | undefined;
  path?: string | undefined;
}

/**
 * An export asked for by the window: to the path of the desktop app's save dialog, else (browser mode)
 * to the workbench's exports folder with its bytes returned for the download (see exportForWindow).
 */
export async function exportForApp(session: DocumentSession, request: AppExportRequest) {
  const base = basename(session.fileName, extname(session.fileName));
  const suffix = [request.format === 'lke' ? '' : request.format, request.pokja ?? '']
    .filter(Boolean)
    .join('-');
  let notices: Problem[] = [];
  const written = await exportForWindow(request.path, suffix ? `${base}-${suffix}` : base, async (path) => {
    ({ notices } = await exportDocument(session, { format: request.format, pokja: request.pokja, path }));
  });
  return { ...written, notices };
}
