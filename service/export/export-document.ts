import { basename, resolve } from 'node:path';
import type { ExportFormat, ExportRequest } from '../../shared/export/export-request';
import { ExportRequestSchema } from '../../shared/export/export-request';
import type { DocumentForExport } from '../../shared/export/plan-document-export';
import {
  planCleanLke,
  planPokjaLke,
  planPortal2026,
  planRekap,
} from '../../shared/export/plan-document-export';
import type { PriorYearSummary } from '../../shared/export/plan-rekap-sheet';
import { pokjaScope } from '../../shared/export/pokja-scope';
import type { Language } from '../../shared/i18n/translator';
import { createTranslator } from '../../shared/i18n/translator';
import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';
import { summarize } from '../../shared/scoring/summarize';
import { indexTemplate } from '../../shared/template/template-index';
import { builtinTemplate } from '../../shared/templates/builtin';
import { WorkbookLayoutSchema } from '../../shared/workbook/layout';
import { readSourceWorkbook } from '../documents/attachments';
import type { DocumentSession } from '../documents/document-session';
import { buildWorkbook } from './build-workbook';
import { loadPriorYear } from './prior-year';
import { checkExportTarget, saveExport } from './save-export';
import { writeSourceWorkbook } from './write-source-workbook';

export interface ExportOptions extends ExportRequest {
  /** Last year's scores for the rekap; else last year's document named in the metadata, if it opens. */
  priorYear?: PriorYearSummary;
  /** Language of the rekap's labels (the LKE sheets keep the official Indonesian headers). */
  language?: Language;
}

export interface ExportResult {
  path: string;
  fileName: string;
  format: ExportFormat;
  /** What the file could not hold or where it differs from the document, each naming its item or cell. */
  notices: Problem[];
}

/**
 * Exports an open document to an .xlsx file (see ExportFormat). Only reads the document. The file is
 * written to a temporary file first and replaces `path` only when complete; a target that is read-only
 * or open in LibreOffice or Excel is refused with a ProblemError, and nothing is written.
 */
export async function exportDocument(
  session: DocumentSession,
  options: ExportOptions,
): Promise<ExportResult> {
  const parsed = ExportRequestSchema.safeParse(options);
  if (!parsed.success) {
    throw new ProblemError([
      { code: 'export.badRequest', params: { message: parsed.error.issues[0]?.message ?? '' } },
    ]);
  }
  const request = parsed.data;
  const path = resolve(request.path);
  await checkExportTarget(path);
  if (request.pokja && request.format === 'portal2026') {
    throw new ProblemError([{ code: 'export.pokjaNotForPortal', where: { file: basename(path) } }]);
  }
  session.sync();
  const doc: DocumentForExport = {
    index: session.index,
    records: session.records,
    metadata: session.metadata,
    fileName: session.fileName,
    unit: summarize(session.scores.unit),
    reviewer: summarize(session.scores.reviewer),
  };
  const { bytes, notices } = await produce(session, doc, request, options);
  await saveExport(path, bytes);
  return { path, fileName: basename(path), format: request.format, notices };
}

async function produce(
  session: DocumentSession,
  doc: DocumentForExport,
  request: { format: ExportFormat; pokja?: string | undefined },
  options: ExportOptions,
): Promise<{ bytes: Buffer; notices: Problem[] }> {
  const scope = request.pokja ? scopeOf(doc, request.pokja) : undefined;
  switch (request.format) {
    case 'lke': {
      if (scope)
        return {
          bytes: await buildWorkbook(planPokjaLke(doc, scope, new Date().toISOString())),
          notices: [],
        };
      const source = await writeIntoSource(session, doc);
      if (source) return source;
      return { bytes: await buildWorkbook(planCleanLke(doc)), notices: [] };
    }
    case 'portal2026': {
      const portal = builtinTemplate('zi-2026');
      if (!portal) throw new Error('The built-in zi-2026 template is missing');
      const { plan, notices } = planPortal2026(doc, indexTemplate(portal));
      const summary: Problem[] =
        doc.index.template.id === portal.id
          ? []
          : [{ code: 'export.portalMapped', params: { template: doc.index.template.id } }];
      return { bytes: await buildWorkbook(plan), notices: [...summary, ...notices] };
    }
    case 'rekap': {
      const t = createTranslator(options.language ?? 'id');
      const prior = options.priorYear ? { summary: options.priorYear } : await priorFromMetadata(session);
      const plan = planRekap(doc, t, prior.summary, scope);
      return { bytes: await buildWorkbook(plan), notices: prior.notice ? [prior.notice] : [] };
    }
  }
}

function scopeOf(doc: DocumentForExport, pokja: string) {
  const scope = pokjaScope(doc.index, doc.records, pokja);
  if (!scope.ok)
    throw new ProblemError(scope.problems.map((p) => ({ ...p, where: { file: doc.fileName, ...p.where } })));
  return scope.value;
}

/** The document written into the workbook it was imported from, when it keeps one with its layout. */
async function writeIntoSource(session: DocumentSession, doc: DocumentForExport) {
  const source = readSourceWorkbook(session);
  if (!source) return null;
  const layout = WorkbookLayoutSchema.safeParse(source.layout);
  const fallback: Problem = { code: 'export.sourceUnusable', params: { file: source.fileName } };
  if (!layout.success) return { bytes: await buildWorkbook(planCleanLke(doc)), notices: [fallback] };
  const key = `${source.fileName}|${source.importedAt}|${source.bytes.length}`;
  const written = await writeSourceWorkbook(
    session,
    { key, bytes: source.bytes },
    layout.data,
    doc.index,
    doc.records,
  );
  return written ?? { bytes: await buildWorkbook(planCleanLke(doc)), notices: [fallback] };
}

/** Last year's scores from the document the metadata names; a notice when it cannot be opened. */
async function priorFromMetadata(
  session: DocumentSession,
): Promise<{ summary?: PriorYearSummary; notice?: Problem }> {
  const named = session.metadata.priorYearDocument;
  if (!named) return {};
  try {
    return { summary: await loadPriorYear(resolve(session.path, '..', named)) };
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { notice: { code: 'export.priorUnavailable', params: { file: named } } };
  }
}
