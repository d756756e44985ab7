import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { TemplateIdSchema, templateFileOf } from '../../shared/template/template-file';
import type { TemplateFile } from '../../shared/template/template-file';
import type { Template } from '../../shared/template/template-schema';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import { ProblemError } from '../../shared/problem';
import { createDocument } from '../documents/create-document';
import { openDocuments } from '../documents/open-documents';
import { computesScores } from '../documents/workbook-rule';
import { importWorkbook } from '../workbooks/import-workbook';
import { exportDocument } from '../export/export-document';

export interface FromWorkbook {
  id: string;
  name: string;
  version?: string | undefined;
  /** The workbook's own name when `path` is a copy of it (a document's stored workbook). */
  fileName?: string | undefined;
}

/**
 * A template from any LKE workbook, as the workbook reader finds it: the tree, weights, answer types with
 * the values its formulas give, `Jumlah` inputs and derived `%` rows, gates, and each node's row
 * (`refs.lkeRow`). When the workbook computes its own scores, the workbook itself goes into the template
 * file emptied of this year's answers, notes and evidence (written by the same export that writes a
 * document back into its workbook), with the reader's layout: a document made from the template then
 * scores and exports exactly as the original workbook does. A workbook without score formulas (an
 * application's export template) gives the template alone; its documents export the official layout.
 */
export async function templateFromWorkbook(path: string, options: FromWorkbook): Promise<TemplateFile> {
  const id = TemplateIdSchema.safeParse(options.id);
  if (!id.success) {
    throw new ProblemError([
      { code: 'templateFile.badId', params: { id: options.id.slice(0, 80) }, where: { field: '--id' } },
    ]);
  }
  const name = options.name.trim();
  if (!name || name.length > 300) {
    throw new ProblemError([
      { code: 'templateFile.badName', params: { limit: 300 }, where: { field: '--name' } },
    ]);
  }
  const imported = await importWorkbook(path, { compareRules: false });
  const fileName = options.fileName ?? basename(path);
  try {
    const template: Template = {
      ...imported.template,
      id: options.id,
      version: options.version ?? '1',
      title: name,
      source: `${imported.template.title} — ${fileName}`,
    };
    if (!computesScores(imported.layout)) return templateFileOf(template, { madeFrom: fileName });
    const layout = oneAnswerSet(imported.layout);
    const blank = await emptiedWorkbook(template, imported.xlsx, fileName, layout);
    return templateFileOf(template, {
      madeFrom: fileName,
      workbook: {
        fileName: fileName.replace(/\.(xls|ods|xlsm)$/i, '.xlsx'),
        layout: layout as unknown as Record<string, unknown>,
        xlsx: blank.toString('base64'),
      },
    });
  } finally {
    imported.engine.destroy();
  }
}

/**
 * A document holds one sheet's answers: of a workbook whose headline averages a centre's sheet with its
 * units' sheets, a document made from the template is the centre's sheet, scored by that sheet's own
 * total (the units' sheets stay in the workbook, empty, for the summary to read when they are filled).
 */
function oneAnswerSet(layout: WorkbookLayout): WorkbookLayout {
  if (!layout.answerSets?.length || !layout.sheetTotal) return layout;
  const { answerSets: _sets, sheetTotal, ...rest } = layout;
  return { ...rest, total: sheetTotal };
}

/** The workbook with no answers: an empty document holding it, exported back into it. */
async function emptiedWorkbook(
  template: Template,
  xlsx: Buffer,
  fileName: string,
  layout: unknown,
): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'rbw-template-'));
  try {
    const documentPath = join(dir, 'blank.rbw');
    const out = join(dir, 'blank.xlsx');
    await createDocument(documentPath, {
      template,
      sourceWorkbook: { fileName, bytes: xlsx, layout },
    });
    const doc = await openDocuments.open(documentPath);
    try {
      await doc.ready();
      await exportDocument(doc.session, { path: out, format: 'lke' });
    } finally {
      openDocuments.close(doc.id);
    }
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
