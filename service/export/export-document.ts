import { planSurveySheet } from '../../shared/survey/plan-survey-sheet';
import { readSurveys } from '../survey/survey-state';
import { basename, resolve } from 'node:path';
import type { ExportFormat, ExportRequest } from '../../shared/export/export-request';
import { ExportRequestSchema } from '../../shared/export/export-request';
import { attachmentsNotice } from '../../shared/export/evidence-cells';
import {
  evidenceLinks,
  needsEvidenceSheet,
  planEvidenceSheet,
} from '../../shared/export/plan-evidence-sheet';
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
import { builtinTemplate } from '../../shared/builtin-templates';
import { WorkbookLayoutSchema } from '../../shared/workbook/read/layout';
import { readSourceWorkbook } from '../documents/attachments';
import type { DocumentSession } from '../documents/document-session';
import { buildWorkbook } from './build-workbook';
import { documentUid } from '../documents/document-uid';
import type { SheetPlan, WorkbookPlan } from '../../shared/export/sheet-plan';
import { planFollowupSheet } from '../../shared/yearly/plan-followup-sheet';
import { listRecommendations, readLastYearTotals } from '../yearly/yearly-state';
import { loadPriorYear, priorYearOfSource } from './prior-year';
import { checkExportTarget, saveExport } from './save-export';
import { loadSourceWorkbook, writeSourceWorkbook } from './write-source-workbook';

export interface ExportOptions extends ExportRequest {
  /**
   * Last year's scores for the rekap; else last year's block of a two-year workbook the document was
   * imported from; else last year's document named in the metadata, if it opens.
   */
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
    identity: session.store.read((db) => ({
      documentUid: documentUid(db),
      revision: db.history.revision(),
    })),
  };
  const { bytes, notices } = await produce(session, doc, request, options);
  await saveExport(path, bytes);
  const attachments = attachmentsNotice(doc.records);
  return {
    path,
    fileName: basename(path),
    format: request.format,
    notices: attachments ? [...notices, attachments] : notices,
  };
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
      if (scope) {
        // Only the pokja's own evidence goes into its "Bukti Dukung" (the merge reads the LKE sheet alone).
        const own = { ...doc, records: new Map([...doc.records].filter(([id]) => scope.items.has(id))) };
        const plan = withEvidenceLinks(own, planPokjaLke(doc, scope, new Date().toISOString()));
        return { bytes: await buildWorkbook(plan), notices: [] };
      }
      const source = await writeIntoSource(session, doc, followupSheets(session));
      if (source) return source;
      return {
        bytes: await buildWorkbook(withEvidenceLinks(doc, withFollowup(session, planCleanLke(doc)))),
        notices: [],
      };
    }
    case 'portal2026': {
      const portal = builtinTemplate('zi-2026');
      if (!portal) throw new Error('The built-in zi-2026 template is missing');
      const { plan, notices } = planPortal2026(doc, indexTemplate(portal));
      const summary: Problem[] =
        doc.index.template.id === portal.id
          ? []
          : [{ code: 'export.portalMapped', params: { template: doc.index.template.title } }];
      return { bytes: await buildWorkbook(plan), notices: [...summary, ...notices] };
    }
    case 'rekap': {
      const t = createTranslator(options.language ?? 'id');
      const prior = await priorYear(session, options.priorYear);
      const plan = withFollowup(session, planRekap(doc, t, prior.summary, scope), t);
      return { bytes: await buildWorkbook(plan), notices: prior.notice ? [prior.notice] : [] };
    }
  }
}

/** The recommendations to follow up, as the sheet "Tindak Lanjut" after the others (when there are any). */
function withFollowup(
  session: DocumentSession,
  plan: WorkbookPlan,
  t = createTranslator('id'),
): WorkbookPlan {
  return { sheets: [...plan.sheets, ...followupSheets(session, t)] };
}

/**
 * The sheet "Tindak Lanjut" of the document's recommendations (none when it has none), then the sheet
 * "Survei" of its surveys' computation (none without surveys).
 */
function followupSheets(session: DocumentSession, t = createTranslator('id')): SheetPlan[] {
  const recommendations = listRecommendations(session);
  const surveys = readSurveys(session);
  const sheets = surveys.length ? [planSurveySheet(surveys).plan] : [];
  if (recommendations.length === 0) return sheets;
  const today = new Date().toISOString().slice(0, 10);
  return [planFollowupSheet(recommendations, session.index, t, today), ...sheets];
}

/**
 * The sheet "Bukti Dukung" after the others when a question's evidence has more than one link: an Excel
 * cell holds one hyperlink, so there every link has a row of its own and is clickable.
 */
function withEvidenceLinks(doc: DocumentForExport, plan: WorkbookPlan): WorkbookPlan {
  if (!needsEvidenceSheet(doc.index, doc.records)) return plan;
  const sheet = planEvidenceSheet(evidenceLinks(doc.index, doc.records), createTranslator('id'));
  return { sheets: [...plan.sheets, sheet] };
}

function scopeOf(doc: DocumentForExport, pokja: string) {
  const scope = pokjaScope(doc.index, doc.records, pokja);
  if (!scope.ok)
    throw new ProblemError(scope.problems.map((p) => ({ ...p, where: { file: doc.fileName, ...p.where } })));
  return scope.value;
}

/**
 * Reads the workbook a document was imported from ahead of its first export (when the export dialog
 * opens, say), so that the export itself only writes: the first read of a workbook is the slow part.
 */
export async function prepareExport(session: DocumentSession): Promise<void> {
  const source = storedSource(session);
  if (source?.layout) await loadSourceWorkbook(session, source, source.layout, session.index);
}

/** The document written into the workbook it was imported from, when it keeps one with its layout. */
async function writeIntoSource(
  session: DocumentSession,
  doc: DocumentForExport,
  addedSheets: readonly SheetPlan[],
) {
  const source = storedSource(session);
  if (!source) return null;
  const fallback: Problem = { code: 'export.sourceUnusable', params: { file: source.fileName } };
  const written = source.layout
    ? await writeSourceWorkbook(session, source, source.layout, doc.index, doc.records, addedSheets)
    : null;
  return (
    written ?? {
      bytes: await buildWorkbook({ sheets: [...planCleanLke(doc).sheets, ...addedSheets] }),
      notices: [fallback],
    }
  );
}

/** The stored workbook with its layout (checked: it is JSON from the importer) and what identifies it. */
function storedSource(session: DocumentSession) {
  const source = readSourceWorkbook(session);
  if (!source) return null;
  const layout = WorkbookLayoutSchema.safeParse(source.layout);
  return {
    fileName: source.fileName,
    bytes: source.bytes,
    key: `${source.fileName}|${source.importedAt}|${source.bytes.length}`,
    layout: layout.success ? layout.data : null,
  };
}

/**
 * Last year's scores for the rekap: those given, else last year's block of the workbook the document
 * was imported from, else the document the metadata names (a notice when it cannot be opened).
 */
async function priorYear(
  session: DocumentSession,
  given: PriorYearSummary | undefined,
): Promise<{ summary?: PriorYearSummary; notice?: Problem }> {
  if (given) return { summary: given };
  const stored = readLastYearTotals(session);
  if (stored?.total != null)
    return { summary: { label: stored.label, total: stored.total, values: stored.nodes } };
  const fromSource = await priorYearOfSource(session);
  if (fromSource) return { summary: fromSource };
  const named = session.metadata.priorYearDocument;
  if (!named) return {};
  try {
    return { summary: await loadPriorYear(resolve(session.path, '..', named)) };
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { notice: { code: 'export.priorUnavailable', params: { file: named } } };
  }
}
