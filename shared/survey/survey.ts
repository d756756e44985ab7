import { z } from 'zod';
import type { SurveyKind } from './items';
import { SURVEY_KINDS } from './items';
import type { Scale } from './labels';
import { CONVERSIONS } from './perception';
import type { Conversion } from './perception';
import type { SkmWeights } from './skm';

/** One respondent's row: the answers by item key (null = not answered), service type and date. */
export interface Respondent {
  /** The row in the imported file (1-based, as the spreadsheet shows it). */
  row: number;
  serviceType: string | null;
  /** The day answered, yyyy-mm-dd, from a date or timestamp column. */
  date: string | null;
  answers: Record<string, number | null>;
}

/** What a survey is and how it is computed; stated on screen beside its value. */
export interface SurveySettings {
  name: string;
  kind: SurveyKind;
  scale: Scale;
  /** SKM: the element weight, exact 1/9 or 0,111. */
  weights: SkmWeights;
  /** IPAK/IPKP: how the average becomes the LKE's 0–4 value. */
  conversion: Conversion;
  /** The population (users of the service) the sample is drawn from, when the user gives it. */
  population: number | null;
  /** The survey's items in its own order: key, name and the header of the column they came from. */
  items: { key: string; name: string; header: string }[];
}

export interface Survey extends SurveySettings {
  sourceFile: string;
  importedAt: string;
  respondents: Respondent[];
  /** The LKE questions (item ids) that take their value from this survey. */
  boundTo: string[];
}

export const respondentSchema = z.object({
  row: z.number().int().min(1),
  serviceType: z.string().nullable(),
  date: z.string().nullable(),
  answers: z.record(z.string(), z.number().int().min(1).max(6).nullable()),
});

export const surveySettingsSchema = z.object({
  name: z.string().min(1).max(200),
  kind: z.enum(SURVEY_KINDS as [SurveyKind, ...SurveyKind[]]),
  scale: z.union([z.literal(4), z.literal(5), z.literal(6)]),
  weights: z.enum(['exact', 'rounded']),
  conversion: z.enum(CONVERSIONS as [Conversion, ...Conversion[]]),
  population: z.number().int().min(1).nullable(),
  items: z.array(z.object({ key: z.string(), name: z.string(), header: z.string() })).min(1),
});

export const surveySchema = surveySettingsSchema.extend({
  sourceFile: z.string(),
  importedAt: z.string(),
  respondents: z.array(respondentSchema),
  boundTo: z.array(z.string()),
});
