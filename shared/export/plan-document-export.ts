import type { AnswerRecord } from '../records/answer-record';
import type { DocumentMetadata } from '../records/document-metadata';
import type { Problem } from '../problem';
import type { ScoreSummary } from '../scoring/summarize';
import type { TemplateIndex } from '../template/template-index';
import type { Input, TemplateNode } from '../template/template-schema';
import { CLEAN_LKE_COLUMNS, PORTAL_2026_COLUMNS } from './lke-columns';
import { planLkeSheet } from './plan-lke-sheet';
import type { PriorYearSummary, Translate } from './plan-rekap-sheet';
import { planRekapSheet } from './plan-rekap-sheet';
import { inPokjaAreas, planPokjaMetaSheet } from './pokja-file';
import type { PokjaScope } from './pokja-scope';
import { mapToPortal } from './portal-mapping';
import type { WorkbookPlan } from './sheet-plan';
import { planPokjaBaseSheet } from '../merge/pokja-base';

/** What the planners need of a document: its template, records, metadata and both scorings. */
export interface DocumentForExport {
  index: TemplateIndex;
  records: ReadonlyMap<string, AnswerRecord>;
  metadata: DocumentMetadata;
  fileName: string;
  unit: ScoreSummary;
  /** The reviewer's scores; left out of the rekap when the reviewer has answered nothing. */
  reviewer: ScoreSummary;
  /** Which document this is and its history revision: a pokja's file records them as its base. */
  identity?: { documentUid: string; revision: number } | undefined;
}

/** The lines above an LKE's header: the template's title, then whose LKE it is and for which year. */
export function titleLines(doc: DocumentForExport, extra: string[] = []): string[] {
  const { agency, unit, year } = doc.metadata;
  const who = [agency, unit, year === null ? null : String(year)].filter(Boolean).join(' – ');
  return [doc.index.template.title, ...(who ? [who] : []), ...extra];
}

/** The official row a node of a built-in template carries (`refs.lkeRow`, 1-based), 0-based. */
const lkeRow = (node: TemplateNode | Input): number | undefined =>
  typeof node.refs?.lkeRow === 'number' ? node.refs.lkeRow - 1 : undefined;

/**
 * A clean official-style LKE of the whole document (title on row 1, header on row 2, first line on row
 * 4, as the `LKE ZI` sheet), named `LKE ZI` for a ZI template.
 */
export function planCleanLke(doc: DocumentForExport): WorkbookPlan {
  const title = titleLines(doc);
  return {
    sheets: [
      planLkeSheet(doc.index, doc.records, {
        name: doc.index.template.model === 'zi' ? 'LKE ZI' : 'LKE',
        columns: CLEAN_LKE_COLUMNS,
        portal: false,
        title: [title.join('\n')],
        headerRow: 1,
        firstRow: 3,
        rowHint: lkeRow,
      }),
    ],
  };
}

/**
 * A pokja's extract: the LKE rows of its areas only (with the groups above them as headings), the
 * workbench code of every row in column A, and a hidden sheet naming the template, the pokja and the
 * document (with its revision), and another holding every field's value at export (its base), so that
 * merging the file back takes only the pokja's own changes, without touching other areas.
 */
export function planPokjaLke(doc: DocumentForExport, scope: PokjaScope, exportedAt: string): WorkbookPlan {
  const title = titleLines(doc, [`Pokja: ${scope.pokja}`]);
  return {
    sheets: [
      planLkeSheet(doc.index, doc.records, {
        name: 'LKE',
        columns: CLEAN_LKE_COLUMNS,
        portal: false,
        title,
        headerRow: title.length,
        firstRow: title.length + 1,
        include: inPokjaAreas(doc.index, scope),
      }),
      planPokjaMetaSheet({
        format: 'rbw-pokja',
        version: doc.identity ? 2 : 1,
        template: doc.index.template.id,
        pokja: scope.pokja,
        document: doc.fileName,
        exportedAt,
        ...(doc.identity ?? {}),
      }),
      ...(doc.identity ? [planPokjaBaseSheet(doc.records, scope.items)] : []),
    ],
  };
}

/**
 * The national upload sheet `Jawaban` on the 2026 master's rows (`refs.portalRow`): the document's
 * records placed by `mapToPortal`, values as live formulas in O (unit) and P (TPI).
 */
export function planPortal2026(
  doc: DocumentForExport,
  portal: TemplateIndex,
): { plan: WorkbookPlan; notices: Problem[] } {
  const mapping = mapToPortal(doc.index, doc.records, portal);
  const sheet = planLkeSheet(portal, mapping.records, {
    name: 'Jawaban',
    columns: PORTAL_2026_COLUMNS,
    portal: true,
    title: [],
    headerRow: 0,
    firstRow: 1,
    rowHint: (node) => (typeof node.refs?.portalRow === 'number' ? node.refs.portalRow - 1 : undefined),
  });
  return { plan: { sheets: [sheet] }, notices: mapping.notices };
}

/** The rekap of the document, or of a pokja's areas only. */
export function planRekap(
  doc: DocumentForExport,
  t: Translate,
  prior?: PriorYearSummary,
  scope?: PokjaScope,
): WorkbookPlan {
  const include = scope ? inPokjaAreas(doc.index, scope) : undefined;
  const node = (id: string): TemplateNode | undefined =>
    doc.index.groups.get(id) ?? doc.index.indicators.get(id);
  return {
    sheets: [
      planRekapSheet(doc.unit, {
        t,
        title: titleLines(doc, scope ? [`Pokja: ${scope.pokja}`] : []),
        reviewer: doc.reviewer.answered > 0 ? doc.reviewer : undefined,
        prior,
        include: include
          ? (id) => {
              const n = node(id);
              return !!n && include(n);
            }
          : undefined,
      }),
    ],
  };
}
