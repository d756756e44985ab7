import { basename } from 'node:path';
import type { AnswersFile, ParsedAnswers } from '../../shared/answers/answers-file';
import { AnswersFileSchema, readAnswers } from '../../shared/answers/answers-file';
import { ProblemError } from '../../shared/problem';
import type { Template } from '../../shared/template/template-schema';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';
import { requireTemplate } from '../../shared/builtin-templates/require-template';
import { readUserFileText } from '../files/read-user-file';

export interface LoadedAnswers extends ParsedAnswers {
  file: AnswersFile;
  template: Template;
  index: TemplateIndex;
}

/**
 * Reads a JSON answers file and checks it against its template. Throws ProblemError, naming the file and
 * the field, for anything wrong: missing file, malformed JSON, unknown template, answers outside options.
 */
export async function loadAnswersFile(path: string): Promise<LoadedAnswers> {
  const name = basename(path);
  const text = await readUserFileText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProblemError([
      { code: 'answers.notJson', params: { message: (error as Error).message }, where: { file: name } },
    ]);
  }
  return parseAnswersFile(json, name);
}

/** Checks the content of an answers file (see loadAnswersFile) named `name`. */
export function parseAnswersFile(json: unknown, name: string): LoadedAnswers {
  const parsed = AnswersFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProblemError([
      {
        code: 'answers.invalidFile',
        params: { message: issue?.message ?? '' },
        where: { file: name, field: issue?.path.join('.') },
      },
    ]);
  }
  const template = requireTemplate(parsed.data.template, { file: name, field: 'template' });
  const index = indexTemplate(template);
  const result = readAnswers(parsed.data, index, name);
  if (!result.ok) throw new ProblemError(result.problems);
  return { ...result.value, file: parsed.data, template, index };
}
