import { kindOf } from '../../shared/answers/kinds';
import { ProblemError } from '../../shared/problem';
import { planEdits } from '../../shared/records/plan-edits';
import type { Change } from '../../shared/records/record-change';
import type { ReadResponses } from '../../shared/survey/read-responses';
import { summarizeSurvey } from '../../shared/survey/summarize';
import type { Survey } from '../../shared/survey/survey';
import { surveySchema } from '../../shared/survey/survey';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { ActionTransaction } from '../documents/action-transaction';
import type { DocumentSession, EditResult } from '../documents/document-session';
import type { ReadableDB } from '../documents/storage/document-store';

/** The surveys stored in a document, each checked as any input from outside. */
export function readSurveys(session: DocumentSession): Survey[] {
  return session.store.read((db) => surveysIn(session, db));
}

function surveysIn(session: DocumentSession, db: ReadableDB): Survey[] {
  return db.surveys.current().map((row) => {
    let json: unknown;
    try {
      json = JSON.parse(row.json);
    } catch {
      json = null;
    }
    const parsed = surveySchema.safeParse(json);
    if (!parsed.success) {
      throw new ProblemError([
        {
          code: 'document.badHistory',
          params: { action: row.id },
          where: { file: session.fileName, field: 'surveys' },
        },
      ]);
    }
    return parsed.data;
  });
}

/**
 * Stores the answers read from a file as one undoable action: a new survey, or a new version of the
 * survey of that name (its bindings kept), and the value of every question bound to it.
 */
export function importSurvey(
  session: DocumentSession,
  read: ReadResponses,
  sourceFile: string,
  author: string,
): EditResult {
  return session.perform(author, (tx) => {
    const before = surveysIn(session, tx.db).find((s) => s.name === read.settings.name);
    const survey: Survey = {
      ...read.settings,
      sourceFile,
      importedAt: tx.at,
      respondents: read.respondents,
      boundTo: before?.boundTo ?? [],
    };
    tx.recordAction('survey', survey.name, versionChanges(session, tx, [survey]));
  });
}

/** Binds a 0–4 (or 0–100) Hasil question to a survey: the question takes its value from it from now on. */
export function bindSurvey(
  session: DocumentSession,
  name: string,
  itemId: string,
  author: string,
): EditResult {
  return session.perform(author, (tx) => {
    const surveys = surveysIn(session, tx.db);
    const survey = surveys.find((s) => s.name === name);
    if (!survey)
      throw new ProblemError([
        { code: 'survey.notFound', params: { name }, where: { file: session.fileName } },
      ]);
    if (!session.index.answerables.has(itemId)) {
      throw new ProblemError([
        { code: 'survey.questionNotFound', params: { code: itemId }, where: { file: session.fileName } },
      ]);
    }
    if (bindableScale(session.index, itemId) === null) {
      throw new ProblemError([
        { code: 'survey.notBindable', params: { code: itemId }, where: { file: session.fileName } },
      ]);
    }
    const changes: Survey[] = [];
    // A question takes its value from one survey: bound elsewhere before, it is unbound there.
    for (const other of surveys) {
      if (other.name !== name && other.boundTo.includes(itemId)) {
        changes.push({ ...other, boundTo: other.boundTo.filter((id) => id !== itemId) });
      }
    }
    if (!survey.boundTo.includes(itemId)) changes.push({ ...survey, boundTo: [...survey.boundTo, itemId] });
    tx.recordAction('survey', name, versionChanges(session, tx, changes));
  });
}

/** The scale of a question a survey may fill: 4 (Nilai 0–4) or 100 (an IKM 0–100); null otherwise. */
export function bindableScale(index: TemplateIndex, itemId: string): 4 | 100 | null {
  const answerable = index.answerables.get(itemId);
  if (!answerable || answerable.kind !== 'indicator' || answerable.type.kind !== 'number') return null;
  const { min, max } = answerable.type;
  return min === 0 && (max === 4 || max === 100) ? max : null;
}

/** The value a question bound to the survey takes, rounded as the question's type keeps it; null without a value. */
export function boundValue(index: TemplateIndex, itemId: string, survey: Survey): number | null {
  const scale = bindableScale(index, itemId);
  const summary = summarizeSurvey(survey);
  if (scale === null || summary.lkeValue === null) return null;
  const value =
    scale === 4
      ? summary.lkeValue
      : survey.kind === 'skm'
        ? (summary.index as number)
        : summary.lkeValue * 25;
  const answerable = index.answerables.get(itemId);
  const decimals = (answerable && kindOf(answerable.type).decimals(answerable.type)) ?? 4;
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

/** New versions of the surveys and the new values of their bound questions, as one action's changes. */
function versionChanges(
  session: DocumentSession,
  tx: ActionTransaction,
  surveys: readonly Survey[],
): Change[] {
  const changes: Change[] = [];
  for (const survey of surveys) {
    const version = tx.db.surveys.addVersion(survey.name, JSON.stringify(survey), tx.at, tx.author);
    const previous = tx.db.surveys.currentVersion(survey.name);
    changes.push({
      itemId: null,
      field: 'survey',
      before: { name: survey.name, version: previous },
      after: { name: survey.name, version },
    });
  }
  const edits = surveys.flatMap((survey) =>
    survey.boundTo.map((itemId) => ({
      itemId,
      field: 'answer' as const,
      value: boundValue(session.index, itemId, survey),
    })),
  );
  const planned = planEdits(session.index, tx.currentRecords(), edits, { file: session.fileName });
  if (!planned.ok) throw new ProblemError(planned.problems);
  changes.push(...planned.value);
  return changes;
}

/** Which questions take their value from which survey, for the grid's "dari survei" mark. */
export function surveyBindings(
  surveys: readonly Survey[],
): Map<string, { name: string; respondents: number; date: string | null }> {
  const bindings = new Map<string, { name: string; respondents: number; date: string | null }>();
  for (const survey of surveys) {
    const summary = summarizeSurvey(survey);
    for (const itemId of survey.boundTo) {
      bindings.set(itemId, {
        name: survey.name,
        respondents: summary.respondents,
        date: summary.lastDate ?? survey.importedAt.slice(0, 10),
      });
    }
  }
  return bindings;
}
