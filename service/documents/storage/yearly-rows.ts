import { ProblemError } from '../../../shared/problem';
import type { AnswerRecord } from '../../../shared/records/answer-record';
import type { CarriedRecord } from '../../../shared/yearly/carry-records';
import type { LastYear } from '../../../shared/yearly/last-year';
import { LastYearSchema } from '../../../shared/yearly/last-year';
import type { Recommendation } from '../../../shared/yearly/recommendation';
import { RecommendationSchema } from '../../../shared/yearly/recommendation';
import { parseJson } from '../checked-json';
import type { CarriedRow, RecommendationRow } from './rows';

/**
 * The yearly cycle's rows as the domain's values, the same for every engine. Values read back are
 * checked (zod): a damaged row is named, never trusted.
 */
export function lastYearOf(json: string | undefined, file: string): LastYear | null {
  if (json === undefined) return null;
  const parsed = LastYearSchema.safeParse(parseJson(json));
  if (!parsed.success) throw damaged(file, 'last_year');
  return parsed.data;
}

export function carriedOf(
  rows: CarriedRow[],
  file: string,
): Map<string, { record: CarriedRecord; confirmed: boolean }> {
  const carried = new Map<string, { record: CarriedRecord; confirmed: boolean }>();
  for (const row of rows) {
    const record = parseJson(row.record) as Partial<AnswerRecord> | undefined;
    if (!record || typeof record !== 'object') throw damaged(file, `carried_items.${row.item_id}`);
    carried.set(row.item_id, {
      record: {
        answer: record.answer ?? null,
        note: record.note ?? null,
        evidence: Array.isArray(record.evidence) ? record.evidence : [],
        pokja: record.pokja ?? null,
      },
      confirmed: row.confirmed_at !== null,
    });
  }
  return carried;
}

export function recommendationOf(row: RecommendationRow, file: string): Recommendation {
  const parsed = RecommendationSchema.safeParse({
    id: row.id,
    targetId: row.target_id,
    text: row.text,
    source: row.source,
    proposed: row.proposed === 1 || row.proposed === true,
    pokja: row.pokja,
    dueMonth: row.due_month,
    status: row.status,
    evidence: row.evidence,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  });
  if (!parsed.success) throw damaged(file, `recommendations.${row.id}`);
  return parsed.data;
}

export const RECOMMENDATION_COLUMNS =
  'id, target_id, text, source, proposed, pokja, due_month, status, evidence, created_at, created_by, updated_at';

const damaged = (file: string, field: string): ProblemError =>
  new ProblemError([{ code: 'document.damaged', params: { detail: field }, where: { file, field } }]);
