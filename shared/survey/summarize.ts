import type { Problem } from '../problem';
import { perceptionAverage, perceptionCategory, PERCEPTION_MIN_RESPONDENTS, toLkeValue } from './perception';
import { krejcieMorganSample } from './sample-size';
import type { ElementAverage } from './skm';
import { elementAverages, ikmOf, skmCategory } from './skm';
import type { Respondent, Survey, SurveySettings } from './survey';

/** A survey's result for a group of respondents (the whole unit or one service type). */
export interface SurveyResult {
  respondents: number;
  elements: (ElementAverage & { name: string })[];
  /** SKM: the IKM 0–100; IPAK/IPKP: the 0–4 value the LKE takes. */
  index: number | null;
  /** SKM: "A (Sangat Baik)"; IPAK/IPKP: the predicate whose minimum the value meets. */
  category: string | null;
  /** The value for a 0–4 LKE question: IKM ÷ 25 for SKM, the converted value for IPAK/IPKP. */
  lkeValue: number | null;
  /** IPAK/IPKP: the plain average on the survey's own scale. */
  average: number | null;
}

export interface SurveySummary extends SurveyResult {
  name: string;
  kind: Survey['kind'];
  byServiceType: ({ serviceType: string } & SurveyResult)[];
  /** First and last day answered, when the file had dates. */
  firstDate: string | null;
  lastDate: string | null;
  /** Krejcie & Morgan for the population given. */
  sample: { population: number; needed: number } | null;
  /** Too few respondents, an element nobody answered. */
  warnings: Problem[];
}

export function resultOf(settings: SurveySettings, respondents: readonly Respondent[]): SurveyResult {
  const averages = elementAverages(
    settings.items.map((i) => i.key),
    respondents.map((r) => r.answers),
  );
  const elements = averages.map((a, i) => ({ ...a, name: settings.items[i]?.name ?? a.key }));
  if (settings.kind === 'skm') {
    const ikm = ikmOf(averages, settings.weights);
    const category = ikm === null ? null : skmCategory(ikm);
    return {
      respondents: respondents.length,
      elements,
      index: ikm,
      category: category && `${category.mutu} (${category.kinerja})`,
      lkeValue: ikm === null ? null : ikm / 25,
      average: ikm === null ? null : ikm / 25,
    };
  }
  const average = perceptionAverage(averages);
  const value = average === null ? null : toLkeValue(average, settings.scale, settings.conversion);
  return {
    respondents: respondents.length,
    elements,
    index: value,
    category: value === null ? null : perceptionCategory(settings.kind, value),
    lkeValue: value,
    average,
  };
}

export function summarizeSurvey(survey: Survey): SurveySummary {
  const whole = resultOf(survey, survey.respondents);
  const groups = new Map<string, Respondent[]>();
  for (const r of survey.respondents) {
    if (r.serviceType === null) continue;
    groups.set(r.serviceType, [...(groups.get(r.serviceType) ?? []), r]);
  }
  const byServiceType = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'id'))
    .map(([serviceType, rs]) => ({ serviceType, ...resultOf(survey, rs) }));
  const dates = survey.respondents
    .map((r) => r.date)
    .filter((d): d is string => d !== null)
    .sort();
  const sample =
    survey.population === null
      ? null
      : { population: survey.population, needed: krejcieMorganSample(survey.population) };
  const warnings: Problem[] = [];
  const where = { field: survey.name };
  if (sample && whole.respondents < sample.needed) {
    warnings.push({
      code: 'survey.fewerThanSample',
      params: { respondents: whole.respondents, needed: sample.needed, population: sample.population },
      where,
    });
  }
  if (survey.kind !== 'skm' && whole.respondents < PERCEPTION_MIN_RESPONDENTS) {
    warnings.push({
      code: 'survey.fewerThanTpnMinimum',
      params: { respondents: whole.respondents, minimum: PERCEPTION_MIN_RESPONDENTS },
      where,
    });
  }
  for (const e of whole.elements) {
    if (e.answered === 0)
      warnings.push({ code: 'survey.elementUnanswered', params: { element: e.name }, where });
  }
  return {
    name: survey.name,
    kind: survey.kind,
    ...whole,
    byServiceType,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    sample,
    warnings,
  };
}
