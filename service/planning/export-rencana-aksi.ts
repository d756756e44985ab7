import { basename, extname } from 'node:path';
import { createTranslator } from '../../shared/i18n/translator';
import type { OpenDocument } from '../documents/open-document';
import { exportForWindow } from '../workbench/window-export';
import type { PlanRequest } from './plan-document';
import { planOpenDocument } from './plan-document';
import { writeRencanaAksi } from './write-rencana-aksi';

/**
 * The plan the window shows, as a "Rencana Aksi" workbook in Indonesian (as it is handed to the pokja):
 * planned again from the same request (the planner is deterministic).
 */
export async function exportRencanaAksi(doc: OpenDocument, request: PlanRequest, path?: string) {
  const plan = await planOpenDocument(doc, request);
  const { fileName } = doc.session;
  return exportForWindow(path, `rencana-aksi-${basename(fileName, extname(fileName))}`, (target) =>
    writeRencanaAksi(target, plan, fileName, createTranslator('id')),
  );
}
