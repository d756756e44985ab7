import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields, setMetadata } from '../../service/documents/edit-records';
import { createSnapshot, restoreSnapshot } from '../../service/documents/snapshots';
import { redo, undo } from '../../service/documents/undo-redo';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { editsOfStep } from './edit-stream';
import { tempFolder } from './support';

const folder = tempFolder();
const zi = builtinTemplate('zi-2021') as Template;
const STEPS = 1000;

/** The whole state of a document in memory: every record, the metadata and both totals. */
const memoryState = (s: DocumentSession) =>
  JSON.stringify({
    records: [...s.records].filter(([, r]) => !isEmpty(r)).sort(([a], [b]) => a.localeCompare(b)),
    metadata: s.metadata,
    totals: [s.scores.unit.total(), s.scores.reviewer.total()],
  });

const isEmpty = (r: object) => Object.values(r).every((v) => v === null || (Array.isArray(v) && !v.length));

/** The whole state on disk, read by another connection: every stored record and the metadata. */
function diskState(db: Database.Database): string {
  const rows = db.prepare('SELECT * FROM records ORDER BY item_id').all() as Record<string, unknown>[];
  const kept = rows.filter((r) =>
    Object.entries(r).some(([k, v]) => k !== 'item_id' && v !== null && v !== '[]'),
  );
  const metadata = db.prepare("SELECT value FROM meta WHERE key = 'metadata'").get();
  return JSON.stringify({ kept, metadata });
}

describe('undo and redo over a long session', () => {
  const path = join(folder, 'panjang.rbw');
  let session: DocumentSession;
  let reader: Database.Database;
  afterAll(() => {
    session?.close();
    reader?.close();
  });

  it(`go back through ${STEPS} steps and forward again to exactly the earlier states, across a restart`, async () => {
    await createDocument(path, { template: zi, metadata: { unit: 'Unit awal' } });
    session = await DocumentSession.open(path);
    reader = new Database(path, { readonly: true });
    const memory = [memoryState(session)];
    const disk = [diskState(reader)];
    let snapshotId = 0;
    for (let step = 1; step <= STEPS; step++) {
      if (step === 100) snapshotId = createSnapshot(session, 'dikirim ke APIP 12 Mei', 'siti').id;
      if (step % 97 === 0) setMetadata(session, { unit: `Unit ${step}` }, 'siti');
      else if (step % 101 === 0) restoreSnapshot(session, snapshotId, 'siti');
      else setFields(session, editsOfStep(session.index, step), step % 2 ? 'siti' : 'budi');
      memory.push(memoryState(session));
      disk.push(diskState(reader));
    }
    // Every step recorded exactly one action (none was a no-op).
    expect(session.undoState().revision).toBe(STEPS);

    for (let k = 1; k <= STEPS; k++) {
      const result = undo(session, 1, 'andi');
      expect(result.steps).toBe(1);
      expect(memoryState(session)).toBe(memory[STEPS - k]);
      expect(diskState(reader)).toBe(disk[STEPS - k]);
      if (k === STEPS / 2) {
        session.close();
        session = await DocumentSession.open(path);
        expect(memoryState(session)).toBe(memory[STEPS - k]);
      }
    }
    expect(undo(session, 1, 'andi').steps).toBe(0);
    expect(session.undoState()).toMatchObject({ canUndo: false, canRedo: true });

    for (let k = 1; k <= STEPS; k++) {
      redo(session, 1, 'andi');
      expect(memoryState(session)).toBe(memory[k]);
      expect(diskState(reader)).toBe(disk[k]);
    }
    expect(session.undoState()).toMatchObject({ canUndo: true, canRedo: false });
  });
});

describe('the undo stack', () => {
  it('undoes several steps in one call exactly as one by one, and a new edit ends redo', async () => {
    const path = join(folder, 'tumpukan.rbw');
    await createDocument(path, { template: zi });
    const s = await DocumentSession.open(path);
    const states = [memoryState(s)];
    for (let step = 1; step <= 6; step++) {
      setFields(s, editsOfStep(s.index, step), 'siti');
      states.push(memoryState(s));
    }
    expect(undo(s, 4, 'andi').steps).toBe(4);
    expect(memoryState(s)).toBe(states[2]);
    expect(redo(s, 1, 'andi').steps).toBe(1);
    expect(memoryState(s)).toBe(states[3]);
    setFields(s, [{ itemId: 'A.I.1.i.a', field: 'note', value: 'cabang baru' }], 'siti');
    expect(s.undoState().canRedo).toBe(false);
    expect(redo(s, 3, 'andi').steps).toBe(0);
    expect(undo(s, 1, 'andi').steps).toBe(1);
    expect(memoryState(s)).toBe(states[3]);
    s.close();
  });
});
