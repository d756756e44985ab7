import type { TemplateIndex } from '../../shared/template/template-index';

const CODE = /\b[A-Z](?:\.[A-Za-z0-9]+)+\b/g;
const SHORT_TITLE = 70;

/**
 * A message with the questions it names in words: "A.I.3.iii.d.answer: …" becomes
 * `A.I.3.iii.d "Title of the question" (Jawaban): …`, so that a user knows which question is meant.
 */
export function withQuestionTitles(
  line: string,
  index: TemplateIndex | null,
  fieldLabel: (field: string) => string | null,
): string {
  if (!index) return line;
  return line.replace(CODE, (token) => {
    const titled = (id: string) => {
      const item = index.answerables.get(id);
      const title = item
        ? item.kind === 'input'
          ? item.input.title
          : item.indicator.title
        : index.groups.get(id)?.title;
      if (!title) return null;
      const short = title.length > SHORT_TITLE ? `${title.slice(0, SHORT_TITLE - 1)}…` : title;
      return `${id} "${short}"`;
    };
    const whole = titled(token);
    if (whole) return whole;
    const cut = token.lastIndexOf('.');
    const field = token.slice(cut + 1);
    const label = fieldLabel(field);
    const prefix = titled(token.slice(0, cut));
    return prefix && label ? `${prefix} (${label})` : token;
  });
}
