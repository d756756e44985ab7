import { requireTemplate } from '../../shared/builtin-templates/require-template';
import type { YEARLY_OPERATIONS } from '../../shared/api/yearly-operations';
import { openDocuments } from '../documents/open-documents';
import {
  addRecommendation,
  confirmCarried,
  listRecommendations,
  setRecommendation,
  yearlyView,
} from '../yearly/yearly-state';
import { onDocument } from './behaviours';
import type { Handlers } from './handlers';
import { rememberDocument } from '../workbench/recent-documents';
import { dataDir } from '../workbench/data-dir';
import { uniquePath } from '../workbench/unique-path';
import { join } from 'node:path';

type YearlyHandlers = Pick<Handlers, keyof typeof YEARLY_OPERATIONS>;

/** The handlers of the yearly cycle (shared/api/yearly-operations.ts). */
export const yearlyHandlers: YearlyHandlers = {
  'documents.startFromLastYear': async ({ path, templateId, lastYearPath, metadata }, { author, files }) => {
    const given = path ? files.allow(path, 'create') : null;
    const source = files.allow(lastYearPath, 'open');
    const template = requireTemplate(templateId, { field: 'templateId' });
    const target =
      given ??
      uniquePath(
        join(dataDir(), 'documents'),
        `${template.id}-${new Date().toISOString().slice(0, 10)}`,
        '.rbw',
      );
    // The document keeps last year's itself: it names no other document a window could make it read.
    const { priorYearDocument: _named, ...about } = metadata ?? {};
    // Reading last year's workbook needs exceljs: loaded only when a document is started from last year's.
    const { startFromLastYear } = await import('../yearly/start-from-last-year');
    const report = await startFromLastYear(target, {
      template,
      lastYearPath: source,
      metadata: about,
      author,
    });
    const doc = await openDocuments.open(target);
    rememberDocument(doc.path, new Date());
    return { view: await doc.view(), report };
  },
  'yearly.view': onDocument((doc) => yearlyView(doc.session)),
  'yearly.confirm': onDocument((doc, { itemIds }, { author }) =>
    confirmCarried(doc.session, itemIds, author),
  ),
  'recommendations.list': onDocument((doc) => listRecommendations(doc.session)),
  'recommendations.add': onDocument((doc, { recommendation }, { author }) =>
    addRecommendation(doc.session, recommendation, author),
  ),
  'recommendations.set': onDocument((doc, { id, changes }) => setRecommendation(doc.session, id, changes)),
};
