import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { expectedState, random } from './edit-stream';
import { startWorker } from './process-support';
import { tempFolder } from './support';

const KILLS = 25;
const FIELDS = ['answer', 'reviewerAnswer', 'status', 'note'] as const;

/** The fields the crash stream edits, of every record that has any of them. */
function stateOf(session: DocumentSession) {
  const state = new Map<string, Record<string, string | number>>();
  for (const [itemId, record] of session.records) {
    const kept = Object.fromEntries(FIELDS.filter((f) => record[f] !== null).map((f) => [f, record[f]]));
    if (Object.keys(kept).length) state.set(itemId, kept as Record<string, string | number>);
  }
  return state;
}

// A worker edits for ever until it is killed: one still running when the test ends (a timeout) is killed
// too, instead of editing on in the background.
let running: ReturnType<typeof startWorker> | undefined;
afterEach(() => {
  running?.child.kill('SIGKILL');
});

describe('a process killed in the middle of a long stream of edits', () => {
  it(`leaves a sound document with every acknowledged edit and no half edit, ${KILLS} kills at random moments`, async () => {
    const path = join(tempFolder(), 'crash.rbw');
    await createDocument(path, { template: builtinTemplate('zi-2021') as Template });
    const rnd = random(2026);
    let acknowledged = 0;
    const seen = new Set<number>();
    for (let kill = 0; kill < KILLS; kill++) {
      const worker = startWorker('crash', path);
      running = worker;
      await worker.until(1 + Math.floor(rnd() * 120));
      await new Promise((resolve) => setTimeout(resolve, Math.floor(rnd() * 4)));
      worker.child.kill('SIGKILL');
      const { signal, stderr } = await worker.exited;
      expect(stderr).toBe('');
      expect(signal).toBe('SIGKILL');
      if (worker.acknowledged.length) acknowledged = (worker.acknowledged.at(-1) as number) + 1;

      const db = new Database(path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      const session = await DocumentSession.open(path);
      const done = session.undoState().revision;
      seen.add(done - acknowledged);
      // Every acknowledged operation is there; at most the one in flight got in as well, whole.
      expect(done - acknowledged).toBeGreaterThanOrEqual(0);
      expect(done - acknowledged).toBeLessThanOrEqual(1);
      expect(stateOf(session)).toEqual(expectedState(session.index, done));
      session.close();
      acknowledged = done;
    }
    // Each kill starts a fresh worker process: minutes on a loaded two-core machine.
  }, 300_000);
});
