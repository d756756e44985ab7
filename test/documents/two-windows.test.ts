import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callService } from '../../service/api/call';
import type { DocumentChange } from '../../service/documents/document-events';
import { onDocumentChange } from '../../service/documents/document-events';
import { openDocuments } from '../../service/documents/open-documents';
import { anyFile } from '../../service/workbench/file-access';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import type { Problem } from '../../shared/problem';
import { tempFolder } from './support';

// Two windows (browser tabs, app windows) on one document in one process: each is told of the other's
// changes as they happen, and each undoes only what it did itself.

const folder = tempFolder();
let n = 0;

/** The API as a window's transport calls it: the window's id travels with every call. */
const windowApi =
  (window: string | undefined) =>
  async <N extends OperationName>(
    name: N,
    input: OperationInput<N>,
  ): Promise<OperationOutput<N> & { notices?: Problem[] }> => {
    const envelope = await callService(name, input, { author: 'siti', files: anyFile, window });
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.problems));
    return envelope.value as OperationOutput<N> & { notices?: Problem[] };
  };

const tabA = windowApi('tab-a');
const tabB = windowApi('tab-b');

async function newDocument(): Promise<string> {
  const view = await tabA('documents.create', {
    path: join(folder, `dua-tab-${++n}.rbw`),
    templateId: 'zi-2021',
  });
  return view.documentId;
}

const answerOf = async (documentId: string, itemId: string) =>
  (await tabA('documents.view', { documentId })).records[itemId]?.answer ?? null;

afterEach(() => openDocuments.closeAll());

/** The next change of the document told to the windows (also noted in `heard`). */
function nextChange(documentId: string, heard: DocumentChange[]): Promise<DocumentChange> {
  return new Promise((resolve) => {
    const stop = onDocumentChange(documentId, (change) => {
      stop();
      heard.push(change);
      resolve(change);
    });
  });
}

describe('two windows on one document', () => {
  it('tells the other window of a change: its window, the records, the revision and the score update', async () => {
    const documentId = await newDocument();
    const heard: DocumentChange[] = [];
    // The other windows are told once the change is on the disk, after the answer to its window.
    const told = nextChange(documentId, heard);
    const result = await tabB('records.set', {
      documentId,
      itemId: 'A.I.1.i.a',
      field: 'answer',
      value: 'ya',
    });
    const change = await told;
    expect(heard).toHaveLength(1);
    expect(change).toMatchObject({ documentId, window: 'tab-b', revision: 1, previousRevision: 0 });
    expect(change?.changed.map((c) => [c.itemId, c.record.answer])).toEqual([['A.I.1.i.a', 'Ya']]);
    // Ya in sub-area A.I.1.i (weight 0,5, one of two questions answered Ya … by hand: the existing
    // document-api test gives 0,5 for this answer): the total tab A must show.
    expect(change?.scores.unit.total).toBeCloseTo(0.5, 10);
    expect(change?.scores.unit.total).toBe(result.scores.unit.total);
    // A listener of another document hears nothing.
    const other = await newDocument();
    const elsewhere: DocumentChange[] = [];
    const stopOther = onDocumentChange(other, (c) => elsewhere.push(c));
    const toldAgain = nextChange(documentId, heard);
    await tabB('records.set', { documentId, itemId: 'A.I.1.ii.a', field: 'answer', value: 'ya' });
    expect((await toldAgain).revision).toBe(2);
    stopOther();
    expect(elsewhere).toEqual([]);
  });

  it("undo in tab A takes back A's change and leaves B's later change of another question", async () => {
    const documentId = await newDocument();
    await tabA('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'ya' });
    await tabB('records.set', { documentId, itemId: 'A.I.1.ii.a', field: 'answer', value: 'ya' });
    const undone = await tabA('history.undo', { documentId, steps: 1 });
    expect(undone.changed.map((c) => c.itemId)).toEqual(['A.I.1.i.a']);
    expect(await answerOf(documentId, 'A.I.1.i.a')).toBeNull();
    expect(await answerOf(documentId, 'A.I.1.ii.a')).toBe('Ya');
    // A has nothing more to undo; B still has its own change.
    expect(undone.canUndo).toBe(false);
    expect((await tabB('documents.view', { documentId })).canUndo).toBe(true);
    // B's undo takes back B's change; A's redo brings A's back.
    await tabB('history.undo', { documentId, steps: 1 });
    expect(await answerOf(documentId, 'A.I.1.ii.a')).toBeNull();
    await tabA('history.redo', { documentId, steps: 1 });
    expect(await answerOf(documentId, 'A.I.1.i.a')).toBe('Ya');
  });

  it('a new edit in A keeps what B undid redoable in B', async () => {
    const documentId = await newDocument();
    await tabB('records.set', { documentId, itemId: 'A.I.1.ii.a', field: 'answer', value: 'ya' });
    await tabB('history.undo', { documentId, steps: 1 });
    await tabA('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'ya' });
    const redone = await tabB('history.redo', { documentId, steps: 1 });
    expect(redone.steps).toBe(1);
    expect(await answerOf(documentId, 'A.I.1.ii.a')).toBe('Ya');
  });

  it("an undo overtaken by B's later change of the same field leaves B's value and says so", async () => {
    const documentId = await newDocument();
    await tabA('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'ya' });
    await tabA('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'note', value: 'SK tim' });
    await tabB('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'note', value: 'SK tim 2026' });
    // A's latest action (the note) was overtaken by B: the note stays B's, and A is told which field.
    const undone = await tabA('history.undo', { documentId, steps: 1 });
    expect(undone.notices).toEqual([
      {
        code: 'otherWindows.undoOvertaken',
        params: { item: 'A.I.1.i.a', field: 'note' },
        where: { file: expect.stringMatching(/^dua-tab-\d+\.rbw$/), field: 'A.I.1.i.a.note' },
      },
    ]);
    const view = await tabA('documents.view', { documentId });
    expect(view.records['A.I.1.i.a']?.note).toBe('SK tim 2026');
    // The next undo of A takes back its answer, which nobody changed since.
    const next = await tabA('history.undo', { documentId, steps: 1 });
    expect(next.notices).toEqual([]);
    expect(await answerOf(documentId, 'A.I.1.i.a')).toBeNull();
  });

  it('without a window (the command line) undo takes back the latest action, whoever made it', async () => {
    const documentId = await newDocument();
    await tabA('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'ya' });
    await tabB('records.set', { documentId, itemId: 'A.I.1.ii.a', field: 'answer', value: 'ya' });
    const undone = await windowApi(undefined)('history.undo', { documentId, steps: 1 });
    expect(undone.changed.map((c) => c.itemId)).toEqual(['A.I.1.ii.a']);
  });
});
