import type { PriorYearView } from '../../shared/api/prior-year';
import { ProblemError } from '../../shared/problem';
import type { CarriedRecord } from '../../shared/yearly/carry-records';
import { isUnconfirmed } from '../../shared/yearly/carry-records';
import type { LastYear, LastYearTotals } from '../../shared/yearly/last-year';
import { lastYearTotals } from '../../shared/yearly/last-year';
import type { Recommendation } from '../../shared/yearly/recommendation';
import { NewRecommendationSchema, RecommendationChangesSchema } from '../../shared/yearly/recommendation';
import type { z } from 'zod';
import type { DocumentSession } from '../documents/document-session';

export interface YearlyView {
  lastYear: LastYear | null;
  carried: Record<string, { record: CarriedRecord; confirmed: boolean }>;
  unconfirmed: string[];
}

/** Last year's LKE as the document keeps it, and what still shows last year's answers unconfirmed. */
export function yearlyView(session: DocumentSession): YearlyView {
  session.sync();
  return session.store.read(({ yearly }) => {
    const carried = yearly.carried();
    return {
      lastYear: yearly.lastYear(),
      carried: Object.fromEntries(carried),
      unconfirmed: unconfirmedOf(session, carried),
    };
  });
}

function unconfirmedOf(
  session: DocumentSession,
  carried: Map<string, { record: CarriedRecord; confirmed: boolean }>,
): string[] {
  return [...carried.keys()].filter((id) => isUnconfirmed(carried.get(id), session.records.get(id)));
}

/**
 * Last year's totals of a document started from last year's (the total and each node's value as last
 * year's document computed them), or null: the one place the portfolio, the planner and the rekap read
 * them from.
 */
export function readLastYearTotals(session: DocumentSession): LastYearTotals | null {
  const lastYear = session.store.read((db) => db.yearly.lastYear());
  return lastYear && lastYearTotals(lastYear);
}

/** Last year's stored answers and values in the shape the screen shows a two-year workbook's. */
export function storedPriorYear(session: DocumentSession): PriorYearView | null {
  const lastYear = session.store.read((db) => db.yearly.lastYear());
  if (!lastYear) return null;
  const items: PriorYearView['items'] = {};
  for (const [id, node] of Object.entries(lastYear.nodes)) items[id] = { answer: null, value: node.value };
  for (const [id, item] of Object.entries(lastYear.items))
    items[id] = { answer: item.answer, value: item.value };
  return {
    label: lastYear.label,
    ...(lastYear.year !== null ? { year: lastYear.year } : {}),
    total: lastYear.total,
    items,
  };
}

export function confirmCarried(
  session: DocumentSession,
  itemIds: readonly string[],
  author: string,
): { confirmed: number; unconfirmed: string[] } {
  session.sync();
  for (const id of itemIds) {
    if (!session.index.answerables.has(id) && !session.index.indicators.has(id))
      throw new ProblemError([
        { code: 'record.unknownCode', params: { code: id }, where: { file: session.fileName, field: id } },
      ]);
  }
  return session.store.write(({ yearly }) => {
    const confirmed = yearly.confirm(itemIds, new Date().toISOString(), author);
    return { confirmed, unconfirmed: unconfirmedOf(session, yearly.carried()) };
  });
}

export function listRecommendations(session: DocumentSession): Recommendation[] {
  return session.store.read((db) => db.yearly.recommendations());
}

export function addRecommendation(
  session: DocumentSession,
  input: z.input<typeof NewRecommendationSchema>,
  author: string,
): Recommendation {
  const r = NewRecommendationSchema.parse(input);
  checkTarget(session, r.targetId);
  const at = new Date().toISOString();
  return session.store.write(({ yearly }) => {
    const id = yearly.addRecommendation({
      ...r,
      proposed: false,
      status: 'belum',
      evidence: null,
      createdAt: at,
      createdBy: author,
      updatedAt: at,
    });
    return yearly.recommendation(id)!;
  });
}

export function setRecommendation(
  session: DocumentSession,
  id: number,
  input: z.input<typeof RecommendationChangesSchema>,
): Recommendation {
  const changes = RecommendationChangesSchema.parse(input);
  if (changes.targetId !== undefined) checkTarget(session, changes.targetId);
  return session.store.write(({ yearly }) => {
    const current = yearly.recommendation(id);
    if (!current)
      throw new ProblemError([
        { code: 'followup.unknown', params: { id }, where: { file: session.fileName, field: String(id) } },
      ]);
    const next: Recommendation = { ...current, ...changes, updatedAt: new Date().toISOString() };
    // Taking a proposed recommendation in hand (a status, a pokja, a month) accepts it.
    if (changes.status !== undefined || changes.pokja !== undefined || changes.dueMonth !== undefined)
      next.proposed = changes.proposed ?? false;
    yearly.updateRecommendation(next);
    return yearly.recommendation(id)!;
  });
}

/** A recommendation sits on a question, input, sub-area, area, component or the whole document (null). */
function checkTarget(session: DocumentSession, targetId: string | null): void {
  if (targetId === null) return;
  const { index } = session;
  if (index.groups.has(targetId) || index.indicators.has(targetId) || index.answerables.has(targetId)) return;
  throw new ProblemError([
    {
      code: 'record.unknownCode',
      params: { code: targetId },
      where: { file: session.fileName, field: 'targetId' },
    },
  ]);
}
