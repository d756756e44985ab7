import { basename } from 'node:path';
import type { SURVEY_OPERATIONS } from '../../shared/api/survey-operations';
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
    const { read, survey } = await readRequest(files.allow(input.path, 'survey'), input);
    return surveyRead(doc.session.index, read, survey);
  }),
  'surveys.import': onDocument(async (doc, input, { author, files }) => {
    const path = files.allow(input.path, 'survey');
    const { read, survey } = await readRequest(path, input);
    const result = await doc.edit((session) => importSurvey(session, read, basename(path), author));
    const stored = readSurveys(doc.session).find((s) => s.name === survey.name) ?? survey;
    return { ...surveyRead(doc.session.index, read, stored), result };
  }),
  'surveys.bind': onDocument((doc, { name, itemId }, { author }) =>
    doc.edit((session) => bindSurvey(session, name, itemId, author)),
  ),
};
