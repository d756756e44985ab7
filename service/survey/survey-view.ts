import type { SurveyView } from '../../shared/api/survey-operations';
import { itemsOf } from '../../shared/survey/items';
import { PERCEPTION_MINIMUMS } from '../../shared/survey/perception';
import type { ReadResponses } from '../../shared/survey/read-responses';
import { summarizeSurvey } from '../../shared/survey/summarize';
import { suggestAnswers } from '../../shared/survey/suggest-answers';
import type { AnswerSuggestion } from '../../shared/survey/suggest-answers';
import type { Survey } from '../../shared/survey/survey';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { DocumentSession } from '../documents/document-session';
import { boundValue } from './survey-state';

export function surveyRead(index: TemplateIndex, read: ReadResponses, survey: Survey) {
  const items = itemsOf(survey.kind);
  return {
    columns: read.columns.map((c) => ({
      ...c,
      itemName: items.find((i) => i.key === c.item)?.name ?? null,
    })),
    leftOut: read.leftOut,
    emptyRows: read.emptyRows,
    missingItems: read.missingItems,
    survey: surveyView(index, survey),
  };
}

/** A survey as every view shows it (shared/api/survey-operations.ts SurveyView). */
export function surveyView(index: TemplateIndex, survey: Survey): SurveyView {
  const summary = summarizeSurvey(survey);
  const result = (r: {
    respondents: number;
    index: number | null;
    category: string | null;
    lkeValue: number | null;
  }) => ({
    respondents: r.respondents,
    index: r.index,
    category: r.category,
    lkeValue: r.lkeValue,
  });
  return {
    ...result(summary),
    name: survey.name,
    kind: survey.kind,
    scale: survey.scale,
    weights: survey.weights,
    conversion: survey.conversion,
    population: survey.population,
    sourceFile: survey.sourceFile,
    importedAt: survey.importedAt,
    average: summary.average,
    elements: summary.elements.map((e, i) => ({
      key: e.key,
      name: e.name,
      header: survey.items[i]?.header ?? e.name,
      nrr: e.nrr,
      answered: e.answered,
    })),
    byServiceType: summary.byServiceType.map((g) => ({ serviceType: g.serviceType, ...result(g) })),
    firstDate: summary.firstDate,
    lastDate: summary.lastDate,
    sample: summary.sample,
    warnings: summary.warnings,
    minimums: survey.kind === 'skm' ? null : { ...PERCEPTION_MINIMUMS[survey.kind] },
    boundTo: survey.boundTo.map((itemId) => ({
      itemId,
      title: index.indicators.get(itemId)?.title ?? itemId,
      value: boundValue(index, itemId, survey),
    })),
  };
}

/**
 * The answers the surveys suggest for the Pengungkit questions about them, for the document's year (its
 * details, else the template's year); the user applies one as a normal edit.
 */
export function surveySuggestions(session: DocumentSession, surveys: readonly Survey[]): AnswerSuggestion[] {
  const year = session.metadata.year ?? session.index.template.year ?? null;
  return suggestAnswers(session.index, surveys, year, (id) => session.records.get(id)?.answer ?? null);
}
