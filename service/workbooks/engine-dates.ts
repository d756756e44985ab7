import { HyperFormula } from 'hyperformula';

const defaultRead = HyperFormula.defaultConfig.parseDateTime;

/** A character without which HyperFormula's own reading never finds a date or a time in a text. */
const DATE_CHARACTER = /[0-9/.:-]/;

/**
 * HyperFormula's own reading of dates and times in texts, asked only of a text that could hold one.
 * HyperFormula tries every text it compares (`K8="Ya"`) as a date, in each of its formats, each try
 * copying, trimming and lowercasing the text first: a third of all the work of recalculating an LKE. Its
 * reading turns down at once any text whose first character, after trimming, is not a digit or one of
 * / . : - (its quick check), so a text holding none of them is turned down here with the same answer.
 */
export const readDateTime: typeof defaultRead = (text, dateFormat, timeFormat) =>
  DATE_CHARACTER.test(text) ? defaultRead(text, dateFormat, timeFormat) : undefined;
