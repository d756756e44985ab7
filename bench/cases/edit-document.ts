import { dispatch } from '../../service/api/dispatch';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { indexTemplate } from '../../shared/template/template-index';
import { largeTemplate } from '../../shared/testing/large-template';
import type { BenchCase } from '../support/bench-case';
import { answerEdits } from '../support/edits';
import { figure, targets } from '../support/figure';
import { tempFolder } from '../support/files';
import { largeDocument } from '../support/large-document';
import { now, sample } from '../support/measure';

const HISTORY = 10_000;

/**
 * Case 6: a document of 5,000 indicators with 10,000 history entries: opened as the app opens it
 * (documents.open: session, both scorings, the view), and 1,000 answers each saved and rescored through
 * the API every transport calls (records.set: one transaction, history, both scorings, the update).
 */
export const editDocumentCase: BenchCase = {
  name: 'edit',
  title: 'Large document: open and edit',
  run: async ({ quick, runs, log }) => {
    const history = quick ? 1000 : HISTORY;
    log(`  generating a 5,000-indicator document with ${history} history entries`);
    const path = await largeDocument(tempFolder('edit'), history);
    const context = { author: 'bench' };

    log('  opening');
    const plan = runs(2, quick ? 3 : 10);
    let last: DocumentSession | undefined;
    const session = await sample(
      async () => {
        last = await DocumentSession.open(path);
      },
      plan,
      () => undefined,
      () => last?.close(),
    );
    let openedId = '';
    const opened = await sample(
      async () => {
        const view = await dispatch('documents.open', { path }, context);
        openedId = (view as { documentId: string }).documentId;
      },
      plan,
      () => undefined,
      () => dispatch('documents.close', { documentId: openedId }, context),
    );

    const count = quick ? 200 : 1000;
    log(`  ${count} edits through the API`);
    const view = (await dispatch('documents.open', { path }, context)) as { documentId: string };
    const index = indexTemplate(largeTemplate());
    const edits = answerEdits(index, 2 * count + 200, 3);
    const api: number[] = [];
    for (let i = 0; i < count + 100; i++) {
      const e = edits[i] as (typeof edits)[number];
      const start = now();
      await dispatch(
        'records.set',
        { documentId: view.documentId, itemId: e.itemId, field: 'answer', value: e.value },
        context,
      );
      if (i >= 100) api.push(now() - start);
    }
    await dispatch('documents.close', { documentId: view.documentId }, context);

    log(`  ${count} edits through setFields`);
    const direct = await DocumentSession.open(path);
    const service: number[] = [];
    for (let i = 0; i < count + 100; i++) {
      const e = edits[count + 100 + i] as (typeof edits)[number];
      const start = now();
      setFields(direct, [{ itemId: e.itemId, field: 'answer', value: e.value }], 'bench');
      if (i >= 100) service.push(now() - start);
    }
    direct.close();

    return [
      figure({
        id: 'document.open.session',
        case: 6,
        what: `Open 5,000 indicators + ${history} history entries (DocumentSession.open: read, check, both scorings)`,
        samples: session,
      }),
      figure({
        id: 'document.open.view',
        case: 6,
        what: 'Same through the API as the app opens it (documents.open: session + view with both summaries)',
        samples: opened,
      }),
      figure({
        id: 'document.edit.api',
        case: 6,
        what: `One answer saved and rescored through the API (records.set), ${count} edits`,
        samples: api,
        p99: true,
        target: targets.p99Below(10),
      }),
      figure({
        id: 'document.edit.service',
        case: 6,
        what: `Same through setFields (transaction + history + both scorings), ${count} edits`,
        samples: service,
        p99: true,
        target: targets.p99Below(10),
      }),
    ];
  },
};
