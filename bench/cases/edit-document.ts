import { anyFile } from '../../service/workbench/file-access';
import { copyFileSync } from 'node:fs';
import { dispatch } from '../../service/api/dispatch';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { openDatabase } from '../../service/documents/sqlite/open-database';
import type { AnswerValue } from '../../shared/template/answer-type';
import { indexTemplate } from '../../shared/template/template-index';
import { largeTemplate } from '../../test/support/large-template';
import type { BenchCase } from '../support/bench-case';
import type { AnswerEdit } from '../support/edits';
import { answerEdits } from '../support/edits';
import { figure, targets } from '../support/figure';
import { tempFolder } from '../support/files';
import { largeDocument } from '../support/large-document';
import { now, sampleInTurn } from '../support/measure';
import { readDocumentRaw, saveEditRaw } from '../support/storage-floor';

const HISTORY = 10_000;
const WARM_EDITS = 100;

/**
 * Case 6: a document of 5,000 indicators with 10,000 history entries: opened as the app opens it
 * (documents.open: session, both scorings, the view) and as a session, against reading its template and
 * records out of SQLite; then 1,000 answers each saved and rescored through the API every transport
 * calls (records.set) and through setFields, against one durable transaction writing the same history
 * entry and record.
 */
export const editDocumentCase: BenchCase = {
  name: 'edit',
  title: 'Large document: open and edit',
  run: async ({ quick, runs, log }) => {
    const history = quick ? 1000 : HISTORY;
    const folder = tempFolder('edit');
    log(`  generating a 5,000-indicator document with ${history} history entries`);
    const path = await largeDocument(folder, history);
    // Each way of editing gets its own copy: two connections editing one file would make every call
    // catch up with the other's edits (the two-programs case), which is not what is measured here.
    const servicePath = `${path}.service.rbw`;
    const floorPath = `${path}.floor.rbw`;
    copyFileSync(path, servicePath);
    copyFileSync(path, floorPath);
    const context = { author: 'bench', files: anyFile };

    log('  opening: raw read, session, API in turn');
    let session: DocumentSession | undefined;
    let opened = '';
    const [raw, asSession, viewed] = (await sampleInTurn(
      [
        { run: () => readDocumentRaw(path) },
        {
          run: async () => {
            session = await DocumentSession.open(path);
          },
          after: () => session?.close(),
        },
        {
          run: async () => {
            const view = await dispatch('documents.open', { path }, context);
            opened = (view as { documentId: string }).documentId;
          },
          after: () => dispatch('documents.close', { documentId: opened }, context),
        },
      ],
      runs(2, quick ? 3 : 10),
    )) as [number[], number[], number[]];

    const count = quick ? 200 : 1000;
    log(`  ${count} edits: API, setFields and the storage floor in turn`);
    const index = indexTemplate(largeTemplate());
    const view = (await dispatch('documents.open', { path }, context)) as { documentId: string };
    const direct = await DocumentSession.open(servicePath);
    // The answers as the history left them: every edit below changes its item's answer.
    const current = new Map<string, AnswerValue>();
    for (const [id, record] of direct.records) if (record.answer !== null) current.set(id, record.answer);
    const edits = answerEdits(index, count + WARM_EDITS, 3, undefined, current);
    const { database } = await openDatabase(floorPath);
    const api: number[] = [];
    const service: number[] = [];
    const floor: number[] = [];
    try {
      for (let i = 0; i < count + WARM_EDITS; i++) {
        const e = edits[i] as AnswerEdit;
        let start = now();
        await dispatch(
          'records.set',
          { documentId: view.documentId, itemId: e.itemId, field: 'answer', value: e.value },
          context,
        );
        const viaApi = now() - start;
        start = now();
        setFields(direct, [{ itemId: e.itemId, field: 'answer', value: e.value }], 'bench');
        const viaService = now() - start;
        start = now();
        saveEditRaw(database, e.itemId, e.value, new Date().toISOString());
        const viaFloor = now() - start;
        if (i < WARM_EDITS) continue;
        api.push(viaApi);
        service.push(viaService);
        floor.push(viaFloor);
      }
    } finally {
      await dispatch('documents.close', { documentId: view.documentId }, context);
      direct.close();
      database.close();
    }

    const readFloor = {
      what: 'template and records read out of SQLite, nothing checked or scored',
      samples: raw,
    };
    const saveFloor = {
      what: 'one durable transaction: the history entry and the record written',
      samples: floor,
    };
    return [
      figure({
        id: 'document.open.session',
        case: 6,
        what: `Open 5,000 indicators + ${history} history entries (DocumentSession.open: read, check, both scorings)`,
        samples: asSession,
        baseline: readFloor,
      }),
      figure({
        id: 'document.open.view',
        case: 6,
        what: 'Same through the API as the app opens it (documents.open: session + view with both summaries)',
        samples: viewed,
        baseline: readFloor,
      }),
      figure({
        id: 'document.edit.api',
        case: 6,
        what: `One answer saved and rescored through the API (records.set), ${count} edits`,
        samples: api,
        baseline: saveFloor,
        target: targets.p99Below(10),
      }),
      figure({
        id: 'document.edit.service',
        case: 6,
        what: `Same through setFields (transaction + history + both scorings), ${count} edits`,
        samples: service,
        baseline: saveFloor,
        target: targets.p99Below(10),
      }),
    ];
  },
};
