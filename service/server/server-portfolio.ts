import { DocumentMetadataSchema } from '../../shared/records/document-metadata';
import type { PortfolioRow } from '../documents/postgres/portfolio-rows';

/**
 * One OPD (document) as the coordinator's live Portofolio lists it on the server: the figures of its
 * stored scores (kept current in every write's transaction), without opening the document.
 */
export interface PortfolioUnit {
  documentId: string;
  name: string;
  unit: string | null;
  year: number | null;
  revision: number;
  /** The total by the leading rule; null while the unit's scores are not known. */
  total: number | null;
  category: string | null;
  /** What the workbook shows instead of its total (e.g. #DIV/0!): the unit is then incomplete. */
  totalError: string | null;
  incomplete: boolean | null;
  answered: number | null;
  questions: number | null;
  /** Follow-ups (recommendations) not done and past their month. */
  overdue: number;
  /** Whether the figures are those of the document's current revision. */
  current: boolean;
}

const MetadataSchema = DocumentMetadataSchema.partial();

export function portfolioUnit(row: PortfolioRow): PortfolioUnit {
  const metadata = MetadataSchema.safeParse(safeJson(row.metadata));
  const current = row.scored_revision === row.revision;
  return {
    documentId: row.id,
    name: row.name,
    unit: (metadata.success && metadata.data.unit) || null,
    year: (metadata.success && metadata.data.year) || null,
    revision: row.revision,
    total: current ? row.total : null,
    category: current ? row.category : null,
    totalError: current ? row.total_error : null,
    incomplete: current ? row.incomplete : null,
    answered: current ? row.answered : null,
    questions: current ? row.questions : null,
    overdue: row.overdue,
    current,
  };
}

/** This month as the follow-ups' due months are written (YYYY-MM), on the server's clock. */
export function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

function safeJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
