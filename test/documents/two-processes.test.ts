import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import { documentView } from '../../service/documents/document-view';
import { setFields } from '../../service/documents/edit-records';
import { listHistory } from '../../service/documents/history';
import { undo } from '../../service/documents/undo-redo';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { startWorker } from './process-support';
import { tempFolder } from './support';

const folder = tempFolder();
const zi = builtinTemplate('zi-2021') as Template;
const ROUNDS = 400;

describe('two processes editing the same document', () => {
  it('never corrupt it: both sets of edits land, each change recorded against the other one’s value', async () => {
    const path = join(folder, 'bersama.rbw');
    await createDocument(path, { template: zi });
    // Both write notes on A.I.1.i.a (shared) and on items of their own, at the same time.
    const siti = startWorker('items', path, 'siti', String(ROUNDS), 'A.I.1.i.a', 'A.I.1.i.b');
    const budi = startWorker('items', path, 'budi', String(ROUNDS), 'A.I.1.i.a', 'A.I.1.ii.a');
    await Promise.all([siti.until(0), budi.until(0)]);
    for (const worker of [siti, budi]) worker.child.stdin?.end('go\n');
    const [a, b] = await Promise.all([siti.exited, budi.exited]);
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);

    const db = new Database(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const session = await DocumentSession.open(path);
    expect(session.undoState().revision).toBe(2 * ROUNDS);
    expect(session.records.get('A.I.1.i.b')?.note).toBe(`siti ${ROUNDS - 1}`);
    expect(session.records.get('A.I.1.ii.a')?.note).toBe(`budi ${ROUNDS - 1}`);
    // The shared item's history is one unbroken chain: every change starts from the value the other
    // process had just saved, so no process ever wrote over a value it had not seen.
    const entries = listHistory(session, { itemId: 'A.I.1.i.a', limit: 1000 }).entries.reverse();
    expect(entries.length).toBe(ROUNDS);
    let previous: unknown = null;
    for (const entry of entries) {
      expect(entry.changes[0]?.before).toBe(previous);
      previous = entry.changes[0]?.after;
    }
    expect(session.records.get('A.I.1.i.a')?.note).toBe(previous);
    // And they did edit at the same time: their changes to it interleave.
    const switches = entries.filter((e, i) => i > 0 && e.author !== entries[i - 1]?.author).length;
    expect(switches).toBeGreaterThan(1);
    session.close();
  });

  it('shows each the other’s edits on its next call, with one undo stack for the document', async () => {
    const path = join(folder, 'berdua.rbw');
    await createDocument(path, { template: zi });
    const first = await DocumentSession.open(path);
    const second = await DocumentSession.open(path);
    setFields(first, [{ itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya' }], 'siti');
    const view = documentView('kedua', second, null);
    expect(view.records['A.I.1.i.a']?.answer).toBe('Ya');
    expect(view.scores.unit.total).toBeCloseTo(0.5, 12);
    const edit = setFields(second, [{ itemId: 'A.I.1.i.b', field: 'answer', value: 'A' }], 'budi');
    expect(edit.reloaded).toBe(false);
    expect(edit.scores.unit.total).toBeCloseTo(0.5, 12);
    // The first process learns of the second's edit when it next acts, and says so.
    const undone = undo(first, 1, 'siti');
    expect(undone.reloaded).toBe(true);
    expect(undone.changed).toEqual([
      { itemId: 'A.I.1.i.b', record: expect.objectContaining({ answer: null }) },
    ]);
    expect(first.records.get('A.I.1.i.a')?.answer).toBe('Ya');
    expect(documentView('kedua', second, null).records['A.I.1.i.b']?.answer).toBeNull();
    first.close();
    second.close();
  });
});
