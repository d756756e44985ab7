import type { OpenDocument } from '../documents/open-document';
import type { AccountsStore } from '../documents/postgres/accounts-store';
import { assignedDocuments, portfolioRows } from '../documents/postgres/portfolio-rows';
import type { ServerDatabase } from '../documents/postgres/server-database';
import { sessionScores } from '../portfolio/score-unit';
import { storeScores } from '../portfolio/stored-scores';
import type { SignedIn } from './signed-in';
import type { PortfolioUnit } from './server-portfolio';
import { portfolioUnit, thisMonth } from './server-portfolio';

/** What the server's lists read: its database, its accounts, and a document opened for the calls on it. */
export interface ListContext {
  database: ServerDatabase;
  accounts: AccountsStore;
  open: (id: string, name: string) => Promise<OpenDocument>;
}

/** A pokja member or an evaluator works on the documents assigned to them (see `assign`). */
export const assignedOnly = (user: SignedIn): boolean => user.role === 'pokja' || user.role === 'evaluator';

/** One document of the server's list in the window. */
export interface ServerDocumentEntry {
  id: string;
  name: string;
  unit: string | null;
  agency: string | null;
  year: number | null;
  total: number;
  incomplete: boolean;
  category: string | null;
  answered: number;
  questions: number;
}

/**
 * The documents of the caller's organisation they may see (a pokja member or an evaluator: those
 * assigned to them), each with its unit, year, total and category by the leading rule.
 */
export async function documentEntries(ctx: ListContext, user: SignedIn): Promise<ServerDocumentEntry[]> {
  const seen = ctx.database
    .documents(user.organisation_id)
    .filter((d) => !assignedOnly(user) || ctx.accounts.isMember(user.id, d.id));
  const entries: ServerDocumentEntry[] = [];
  for (const { id, name } of seen) {
    const doc = await ctx.open(id, name);
    const scores = await doc.unitScores();
    const { unit, agency, year } = doc.session.metadata;
    entries.push({
      id,
      name,
      unit,
      agency,
      year,
      total: scores.total,
      incomplete: scores.incomplete,
      category: scores.category,
      answered: scores.answered,
      questions: scores.questions,
    });
  }
  return entries;
}

/**
 * The live Portofolio: every document of the caller's organisation (a pokja member's or evaluator's:
 * those assigned to them) with its total, category, completeness and overdue follow-ups, read from the
 * stored scores. A document whose scores are not of its revision (uploaded without them) is scored
 * once here and stored.
 */
export async function portfolioUnits(
  ctx: ListContext,
  user: SignedIn,
  only?: string,
): Promise<PortfolioUnit[]> {
  const assigned =
    user.role === 'pokja' || user.role === 'evaluator'
      ? assignedDocuments(ctx.database.client, user.id)
      : null;
  const visible = only === undefined ? assigned : (assigned ?? [only]).filter((id) => id === only);
  const read = () =>
    portfolioRows(ctx.database.client, user.organisation_id, thisMonth(), visible).map(portfolioUnit);
  const units = read();
  const stale = units.filter((u) => !u.current);
  for (const unit of stale) {
    try {
      const doc = await ctx.open(unit.documentId, unit.name);
      doc.session.sync();
      storeScores(doc.session.store, sessionScores(doc.session, await doc.ready()));
    } catch {
      // A document that cannot be scored is listed without figures.
    }
  }
  return stale.length ? read() : units;
}
