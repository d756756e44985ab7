import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ExportFormat } from '../../shared/export/export-request';
import type { DocumentSession } from '../documents/document-session';
import { exportDocument } from '../export/export-document';

export { prepareExport } from '../export/export-document';
import { dataDir } from './data-dir';
import { uniquePath } from './unique-path';

export interface AppExportRequest {
  format: ExportFormat;
  pokja?: string | undefined;
  path?: string | undefined;
}

/**
 * An export asked for by the window. With a path (the desktop app's save dialog) the file goes there;
 * without one (browser mode, which has no file paths) it goes to the workbench's exports folder and its
 * bytes come back so that the browser can offer the download.
 */
export async function exportForApp(session: DocumentSession, request: AppExportRequest) {
  const base = basename(session.fileName, extname(session.fileName));
  const suffix = [request.format === 'lke' ? '' : request.format, request.pokja ?? '']
    .filter(Boolean)
    .join('-');
  const path =
    request.path ?? uniquePath(join(dataDir(), 'exports'), suffix ? `${base}-${suffix}` : base, '.xlsx');
  const result = await exportDocument(session, { format: request.format, pokja: request.pokja, path });
  const contentBase64 = request.path ? undefined : (await readFile(result.path)).toString('base64');
  return {
    path: result.path,
    fileName: result.fileName,
    notices: result.notices,
    ...(contentBase64 ? { contentBase64 } : {}),
  };
}
