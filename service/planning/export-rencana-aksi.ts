import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createTranslator } from '../../shared/i18n/translator';
import type { OpenDocument } from '../documents/open-document';
import { dataDir } from '../workbench/data-dir';
import { uniquePath } from '../workbench/unique-path';
import type { PlanRequest } from './plan-document';
import { planOpenDocument } from './plan-document';
import { writeRencanaAksi } from './write-rencana-aksi';

/**
 * The plan the window shows, as a "Rencana Aksi" workbook (in Indonesian, as it is handed to the pokja):
 * planned again from the same request (the planner is deterministic), written to `path` (the desktop
 * app's save dialog) or to the workbench's exports folder with its bytes returned for the download.
 */
export async function exportRencanaAksi(doc: OpenDocument, request: PlanRequest, path?: string) {
  const plan = await planOpenDocument(doc, request);
  const name = basename(doc.session.fileName, extname(doc.session.fileName));
  const target = path ?? uniquePath(join(dataDir(), 'exports'), `rencana-aksi-${name}`, '.xlsx');
  await writeRencanaAksi(target, plan, doc.session.fileName, createTranslator('id'));
  return {
    path: target,
    fileName: basename(target),
    ...(path ? {} : { contentBase64: (await readFile(target)).toString('base64') }),
  };
}
