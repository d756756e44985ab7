import { basename } from 'node:path';
import type { UnitScores } from '../../shared/portfolio/unit-scores';
import { ProblemError } from '../../shared/problem';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import { openDocuments } from '../documents/open-documents';
import { scoreAndStore, sessionScores } from '../portfolio/score-unit';
import type { StoredLook } from '../portfolio/stored-scores';
import { lookInto, storeScores } from '../portfolio/stored-scores';
import type { RecentDocument } from './recent-documents';
import { recentDocuments } from './recent-documents';

/** A recent document as the welcome screen lists it. */
export interface RecentEntry extends RecentDocument {
  fileName: string;
  /** Whose LKE it is; null when the file cannot be looked into (opening it says why). */
  metadata: DocumentMetadata | null;
  /** Its total and category by its leading rule, when asked for and the document can be scored. */
  score: Pick<UnitScores, 'total' | 'category' | 'answered' | 'questions' | 'templateTitle'> | null;
}

/**
 * The recent documents with what each says about itself and, with `scores`, its total and category:
 * the scores the document stores when they belong to its latest change (as the portfolio keeps them),
 * else scored now and stored, by the open session when the window has the document open.
 */
export async function recentList(options: { scores: boolean }): Promise<RecentEntry[]> {
  const entries: RecentEntry[] = [];
  for (const recent of recentDocuments()) {
    const look = lookInto(recent.path);
    const scores = options.scores && look ? await currentScores(recent.path, look) : null;
    entries.push({
      ...recent,
      fileName: basename(recent.path),
      metadata: look?.metadata ?? null,
      score: scores && {
        total: scores.total,
        category: scores.category,
        answered: scores.answered,
        questions: scores.questions,
        templateTitle: scores.templateTitle,
      },
    });
  }
  return entries;
}

/** The stored scores when current; else computed now (and stored). Null when the document cannot be scored. */
async function currentScores(path: string, look: StoredLook): Promise<UnitScores | null> {
  if (look.scores) return look.scores;
  try {
    const open = openDocuments.find(path);
    if (!open) return await scoreAndStore(path);
    const rule = await open.ready();
    open.session.sync();
    const scores = sessionScores(open.session, rule);
    storeScores(open.session.store, scores);
    return scores;
  } catch (error) {
    if (error instanceof ProblemError) return null;
    throw error;
  }
}
