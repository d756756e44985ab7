import { basename } from 'node:path';
import type { SURVEY_OPERATIONS } from '../../shared/api/survey-operations';
import { ProblemError } from '../../shared/problem';
import { PACKAGE_LIMITS } from '../workbooks/package-limits';
import type { ResponseSource } from '../survey/read-request';
import type { FileAccess } from '../workbench/file-access';
import { onDocument } from './behaviours';
import type { Handlers } from './handlers';
import { bindSurvey, importSurvey, readSurveys } from '../survey/survey-state';
import { surveyRead, surveySuggestions, surveyView } from '../survey/survey-view';

// Reading a file of responses may need exceljs: loaded only when one is read.
const readRequest = async (...args: Parameters<typeof import('../survey/read-request').readRequest>) =>
  (await import('../survey/read-request')).readRequest(...args);

type SurveyHandlers = Pick<Handlers, keyof typeof SURVEY_OPERATIONS>;

/** The handlers of the survey operations (shared/api/survey-operations.ts). */
export const surveyHandlers: SurveyHandlers = {
  'surveys.list': onDocument((doc) => {
    const surveys = readSurveys(doc.session);
    return {
      surveys: surveys.map((s) => surveyView(doc.session.index, s)),
      suggestions: surveySuggestions(doc.session, surveys),
    };
  }),
  'surveys.read': onDocument(async (doc, input, { files }) => {
    const { read, survey } = await readRequest(responseSource(input, files), input);
    return surveyRead(doc.session.index, read, survey);
  }),
  'surveys.import': onDocument(async (doc, input, { author, files }) => {
    const { read, survey } = await readRequest(responseSource(input, files), input);
    const result = await doc.edit((session) => importSurvey(session, read, survey.sourceFile, author));
    const stored = readSurveys(doc.session).find((s) => s.name === survey.name) ?? survey;
    return { ...surveyRead(doc.session.index, read, stored), result };
  }),
  'surveys.bind': onDocument((doc, { name, itemId }, { author }) =>
    doc.edit((session) => bindSurvey(session, name, itemId, author)),
  ),
};

/**
 * The file a request names: its path, allowed inside the workbench's folders, or the bytes uploaded from
 * the browser, refused in one line when larger than any workbook the workbench reads.
 */
function responseSource(
  input: { path?: string | undefined; fileName?: string | undefined; contentBase64?: string | undefined },
  files: FileAccess,
): ResponseSource {
  if (input.path !== undefined) return { path: files.allow(input.path, 'survey') };
  const fileName = basename(input.fileName ?? 'survei');
  const size = Math.floor(((input.contentBase64 ?? '').length * 3) / 4);
  if (size > PACKAGE_LIMITS.fileBytes) {
    throw new ProblemError([
      {
        code: 'file.tooLarge',
        params: { size: Math.ceil(size / MEGABYTE), max: Math.floor(PACKAGE_LIMITS.fileBytes / MEGABYTE) },
        where: { file: fileName },
      },
    ]);
  }
  return { fileName, bytes: Buffer.from(input.contentBase64 ?? '', 'base64') };
}

const MEGABYTE = 1024 * 1024;
