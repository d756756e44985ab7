import type { TemplateIndex } from '../template/template-index';
import type { SurveyKind } from './items';
import type { Survey } from './survey';

/**
 * A suggested answer to a Pengungkit question about the surveys, worked out from the survey records;
 * the user confirms it (applied as a normal edit), nothing is applied on its own.
 */
export interface AnswerSuggestion {
  /** The question (indicator id), as `rbw survey bind --to` names it. */
  code: string;
  title: string;
  /** The option key suggested ("A" … "E"). */
  answer: string;
  /** The answer the question has now (null: unanswered). */
  current: string | null;
  /** Why, as a message key and its parameters (survey.suggestion.*). */
  reason: { code: string; params: Record<string, string | number> };
}

/** A question asking how often a survey was held in a year: the kind, and each option's minimum count. */
export interface FrequencyQuestion {
  kind: SurveyKind;
  /** Option key → the number of surveys a year it asks for at least (0: none held). */
  minimums: Map<string, number>;
}

const KIND_WORDS: [SurveyKind, RegExp][] = [
  ['skm', /kepuasan\s+masyarakat/i],
  ['ipak', /(anti\s*-?\s*)?korupsi/i],
  ['ipkp', /kualitas\s+pelayanan/i],
];

/**
 * Reads a question as "how often was the survey held this year" from its own option texts: every option
 * says "minimal N kali dalam setahun" or "belum/tidak dilakukan"; null for any other question.
 */
export function frequencyQuestion(
  title: string,
  optionTexts: Record<string, string>,
): FrequencyQuestion | null {
  const texts = Object.entries(optionTexts);
  if (texts.length < 2 || !/surve[iy]/i.test(title)) return null;
  const kind = KIND_WORDS.find(([, words]) => words.test(title))?.[0];
  if (!kind) return null;
  const minimums = new Map<string, number>();
  for (const [key, text] of texts) {
    const times =
      /minimal\s+(\d+)\s*(?:kali|x)\b.*(?:setahun|se-tahun|per\s*tahun|dalam\s+(?:satu|1)\s+tahun)/i.exec(
        text,
      );
    if (times) minimums.set(key, Number(times[1]));
    else if (/\b(belum|tidak)\s+(pernah\s+)?dilakukan\b/i.test(text)) minimums.set(key, 0);
    else return null;
  }
  return [...minimums.values()].includes(0) ? { kind, minimums } : null;
}

/** The option whose minimum is the highest the count reaches (null when none does). */
export function optionFor(question: FrequencyQuestion, held: number): string | null {
  let best: { key: string; minimum: number } | null = null;
  for (const [key, minimum] of question.minimums) {
    if (minimum <= held && (best === null || minimum > best.minimum)) best = { key, minimum };
  }
  return best?.key ?? null;
}

/**
 * Suggestions for the questions asking how often a survey was held in the document's year: the surveys
 * of that kind in the document with a respondent dated in that year. No suggestion without a year, without
 * any survey of the kind (the records say nothing), or when none is dated in the year but some have no
 * dates (when they were held is unknown). Publication and follow-up are not in the survey records: no
 * suggestion for them.
 */
export function suggestAnswers(
  index: TemplateIndex,
  surveys: readonly Survey[],
  year: number | null,
  currentAnswer: (itemId: string) => string | number | null,
): AnswerSuggestion[] {
  if (year === null) return [];
  const suggestions: AnswerSuggestion[] = [];
  for (const answerable of index.answerableOrder) {
    if (answerable.kind !== 'indicator' || answerable.type.kind !== 'choice') continue;
    const { indicator } = answerable;
    const question = indicator.optionTexts && frequencyQuestion(indicator.title, indicator.optionTexts);
    if (!question) continue;
    const options = new Set(answerable.type.options.map((o) => o.key));
    if (![...question.minimums.keys()].every((k) => options.has(k))) continue;
    const ofKind = surveys.filter((s) => s.kind === question.kind);
    if (ofKind.length === 0) continue;
    const held = ofKind.filter((s) => s.respondents.some((r) => r.date?.startsWith(`${year}-`)));
    const undated = ofKind.filter((s) => s.respondents.every((r) => r.date === null)).length;
    if (held.length === 0 && undated > 0) continue;
    const answer = optionFor(question, held.length);
    if (answer === null) continue;
    const current = currentAnswer(indicator.id);
    suggestions.push({
      code: indicator.id,
      title: indicator.title,
      answer,
      current: current === null ? null : String(current),
      reason: {
        code: undated > 0 ? 'survey.suggestion.heldAtLeast' : 'survey.suggestion.held',
        params: {
          kind: question.kind.toUpperCase(),
          count: held.length,
          year,
          names: held.map((s) => `"${s.name}"`).join(', ') || '—',
          undated,
        },
      },
    });
  }
  return suggestions;
}
