import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDocuments } from '../../service/documents/open-documents';
import { api, problemsOf, tempFolder } from './support';

const folder = tempFolder();
const call = api('siti');
let n = 0;
const newDocument = async () =>
  call('documents.create', {
    path: join(folder, `lke-${++n}.rbw`),
    templateId: 'zi-2021',
    metadata: { agency: 'Pemerintah Kota Contoh', unit: 'Dinas Kesehatan', year: 2026 },
  });

afterEach(() => openDocuments.closeAll());

describe('a new document', () => {
  it('keeps the template, the metadata and no answers, with nothing to undo', async () => {
    const view = await newDocument();
    expect(view.template.id).toBe('zi-2021');
    expect(view.metadata).toEqual({
      agency: 'Pemerintah Kota Contoh',
      unit: 'Dinas Kesehatan',
      year: 2026,
      model: 'zi',
      priorYearDocument: null,
    });
    expect(view.records).toEqual({});
    expect(view.scores.unit).toMatchObject({ total: 0, answered: 0, questions: 113 });
    expect(view).toMatchObject({ canUndo: false, canRedo: false, revision: 0, sourceWorkbook: null });
  });

  it('is never written over an existing file', async () => {
    const view = await newDocument();
    const problems = await problemsOf(call('documents.create', { path: view.path, templateId: 'zi-2021' }));
    expect(problems).toEqual([{ code: 'document.exists', where: { file: view.fileName } }]);
  });
});

describe('editing', () => {
  it('saves an answer at once and returns the new total: Ya in a sub-area of weight 0,5 gives 0,5', async () => {
    const view = await newDocument();
    const result = await call('records.set', {
      documentId: view.documentId,
      itemId: 'A.I.1.i.a',
      field: 'answer',
      value: 'ya',
    });
    expect(result.changed).toEqual([
      { itemId: 'A.I.1.i.a', record: expect.objectContaining({ answer: 'Ya' }) },
    ]);
    expect(result.scores.unit.total).toBeCloseTo(0.5, 12);
    expect(result.scores.unit.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'A.I.1.i.a', value: 1, share: 1 }),
        expect.objectContaining({ id: 'A.I.1.i', value: 0.5, share: null, answered: 1 }),
      ]),
    );
    expect(result).toMatchObject({ canUndo: true, canRedo: false, steps: 0, reloaded: false });
    await call('documents.close', { documentId: view.documentId });
    const reopened = await call('documents.open', { path: view.path });
    expect(reopened.records['A.I.1.i.a']?.answer).toBe('Ya');
    expect(reopened.scores.unit.total).toBeCloseTo(0.5, 12);
  });

  it('keeps the reviewer score apart: reviewer C on A.I.1.i.b leaves the unit total as it was', async () => {
    const view = await newDocument();
    const documentId = view.documentId;
    await call('records.set', { documentId, itemId: 'A.I.1.i.b', field: 'answer', value: 'A' });
    const result = await call('records.set', {
      documentId,
      itemId: 'A.I.1.i.b',
      field: 'reviewerAnswer',
      value: 'c',
    });
    expect(result.scores.unit.total).toBeCloseTo(0.5, 12);
    expect(result.scores.reviewer.total).toBe(0);
    expect(result.scores.reviewer.answered).toBe(1);
  });

  it('stores every field of a record: note, evidence links, pokja, status, target month', async () => {
    const { documentId } = await newDocument();
    const result = await call('records.paste', {
      documentId,
      edits: [
        { itemId: 'A.I.1.i.a', field: 'note', value: 'SK tim terbit Maret' },
        { itemId: 'A.I.1.i.a', field: 'evidence', value: 'SK Tim ZI\nhttps://drive.example/sk' },
        { itemId: 'A.I.1.i.a', field: 'pokja', value: 'Pokja 1 – Manajemen Perubahan' },
        { itemId: 'A.I.1.i.a', field: 'status', value: 'Proses' },
        { itemId: 'A.I.1.i.a', field: 'targetMonth', value: '2026-5' },
      ],
    });
    expect(result.changed[0]?.record).toEqual({
      answer: null,
      note: 'SK tim terbit Maret',
      evidence: [{ text: 'SK Tim ZI' }, { url: 'https://drive.example/sk' }],
      reviewerAnswer: null,
      reviewerNote: null,
      pokja: 'Pokja 1 – Manajemen Perubahan',
      status: 'proses',
      targetMonth: '2026-05',
    });
  });

  it('rejects a whole paste when one value is bad, naming its row and field, and changes nothing', async () => {
    const view = await newDocument();
    const documentId = view.documentId;
    const problems = await problemsOf(
      call('records.paste', {
        documentId,
        edits: [
          { itemId: 'A.I.1.i.a', value: 'Ya', row: 3 },
          { itemId: 'A.I.1.i.b', value: 'D', row: 4 },
          { itemId: 'A.II.1.i.a.1', value: '7', row: 5 },
        ],
      }),
    );
    expect(problems).toEqual([
      {
        code: 'answer.notAnOption',
        params: { answer: 'D', options: 'A, B, C' },
        where: { file: view.fileName, field: 'A.I.1.i.b.answer', row: 4 },
      },
    ]);
    const after = await call('documents.view', { documentId });
    expect(after.records).toEqual({});
    expect(after.revision).toBe(0);
    expect((await call('history.list', { documentId })).entries).toEqual([]);
  });

  it('names an unknown code and a derived row', async () => {
    const { documentId, fileName } = await newDocument();
    const set = (itemId: string) => call('records.set', { documentId, itemId, field: 'answer', value: '1' });
    expect(await problemsOf(set('A.IX.9'))).toEqual([
      {
        code: 'record.unknownCode',
        params: { code: 'A.IX.9' },
        where: { file: fileName, field: 'A.IX.9.answer' },
      },
    ]);
    // A.II.1.i.a is the % of agents of change: computed from its Jumlah inputs A.II.1.i.a.1 and .2.
    expect((await problemsOf(set('A.II.1.i.a')))[0]?.code).toBe('record.derived');
  });

  it('records nothing for an edit to the value already there', async () => {
    const { documentId } = await newDocument();
    await call('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya' });
    const again = await call('records.set', {
      documentId,
      itemId: 'A.I.1.i.a',
      field: 'answer',
      value: 'YA',
    });
    expect(again.changed).toEqual([]);
    expect(again.revision).toBe(1);
  });

  it('changes the metadata as one undoable action', async () => {
    const { documentId } = await newDocument();
    const result = await call('documents.setMetadata', {
      documentId,
      metadata: { unit: 'Puskesmas Contoh' },
    });
    expect(result.metadata.unit).toBe('Puskesmas Contoh');
    const undone = await call('history.undo', { documentId });
    expect(undone.metadata.unit).toBe('Dinas Kesehatan');
  });
});

describe('where to gain points', () => {
  it('are ranked for the answers as they are when ranking ends, even when an edit came in meanwhile', async () => {
    const view = await newDocument();
    const documentId = view.documentId;
    await call('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya' });
    // Ranking gives way to other calls: the edit is served before the ranking ends.
    const ranking = call('scores.gains', { documentId });
    const edit = await call('records.set', { documentId, itemId: 'A.I.1.i.b', field: 'answer', value: 'A' });
    const ranked = await ranking;
    expect(ranked.revision).toBe(edit.revision);
    expect(ranked).toEqual(await call('scores.gains', { documentId }));
    // Both questions of A.I.1.i are answered best: neither is a place to gain points any more.
    expect(ranked.gains.filter((g) => g.id.startsWith('A.I.1.i.')).map((g) => g.gain)).toEqual([]);
    expect(ranked.gains).toHaveLength(20);
  });
});

describe('save as', () => {
  it('copies the document with its history and goes on editing the copy only', async () => {
    const view = await newDocument();
    await call('records.set', {
      documentId: view.documentId,
      itemId: 'A.I.1.i.a',
      field: 'answer',
      value: 'Ya',
    });
    const copyPath = join(folder, 'salinan.rbw');
    const copy = await call('documents.saveAs', { documentId: view.documentId, path: copyPath });
    expect(copy.path).toBe(copyPath);
    expect(copy.canUndo).toBe(true);
    await call('records.set', {
      documentId: copy.documentId,
      itemId: 'A.I.1.i.b',
      field: 'answer',
      value: 'A',
    });
    expect(await problemsOf(call('documents.view', { documentId: view.documentId }))).toEqual([
      { code: 'document.notOpen', params: { id: view.documentId } },
    ]);
    const original = await call('documents.open', { path: view.path });
    expect(Object.keys(original.records)).toEqual(['A.I.1.i.a']);
  });
});
