import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callService } from '../../service/api/call';
import type { DocumentChange } from '../../service/documents/document-events';
import { onDocumentChange } from '../../service/documents/document-events';
import { openDocuments } from '../../service/documents/open-documents';
import { anyFile } from '../../service/workbench/file-access';
import type { Envelope } from '../../shared/api/envelope';
import { tempFolder } from './support';

// A window's edit is answered only once it is on the disk: its commit's flush of the write-ahead log
// (which runs while the service computes the scores) has to finish first. Here the flushes are held
// (or fail) at will; everything else is the real service on a real document.

type FsyncCallback = (error: NodeJS.ErrnoException | null) => void;
const flushes = vi.hoisted(() => ({
  /** The flushes asked for and not yet let through (or failed). */
  held: [] as { done: () => void; fail: (error: NodeJS.ErrnoException) => void }[],
  hold: false,
}));

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const fsync = (fd: number, callback: FsyncCallback) => {
    if (!flushes.hold) return fs.fsync(fd, callback);
    flushes.held.push({
      done: () => fs.fsync(fd, callback),
      fail: (error) => callback(error),
    });
  };
  return { ...fs, default: { ...fs, fsync }, fsync };
});

const folder = tempFolder();
let n = 0;
const call = (name: string, input: unknown): Promise<Envelope> =>
  callService(name, input, { author: 'siti', files: anyFile, window: 'tab-a' });

async function newDocument(): Promise<{ documentId: string; path: string }> {
  const path = join(folder, `tahan-${++n}.rbw`);
  const created = await call('documents.create', { path, templateId: 'zi-2021' });
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  return { documentId: (created.value as { documentId: string }).documentId, path };
}

/** Lets the macrotask queue run a few turns (what would be told early would be told by then). */
const turns = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

afterEach(() => {
  flushes.hold = false;
  for (const flush of flushes.held.splice(0)) flush.done();
  openDocuments.closeAll();
});

describe("a window's edit and the disk", () => {
  it('is answered only once its commit is flushed to the disk, and only then told to other windows', async () => {
    const { documentId } = await newDocument();
    const heard: DocumentChange[] = [];
    const stop = onDocumentChange(documentId, (change) => heard.push(change));
    flushes.hold = true;
    let answered = false;
    const edit = call('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'ya' }).then(
      (envelope) => {
        answered = true;
        return envelope;
      },
    );
    await turns(20);
    // The commit is written and its flush asked for; neither the window nor the others know of it yet.
    expect(flushes.held).toHaveLength(1);
    expect(answered).toBe(false);
    expect(heard).toEqual([]);
    flushes.held.shift()?.done();
    const envelope = await edit;
    expect(envelope.ok).toBe(true);
    await turns(5);
    stop();
    expect(heard.map((c) => [c.revision, c.changed[0]?.record.answer])).toEqual([[1, 'Ya']]);
  });

  it('whose flush the disk refuses is answered with a problem naming the file, and told to nobody', async () => {
    const { documentId, path } = await newDocument();
    const heard: DocumentChange[] = [];
    const stop = onDocumentChange(documentId, (change) => heard.push(change));
    flushes.hold = true;
    const edit = call('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'ya' });
    await turns(20);
    const failure = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    flushes.held.shift()?.fail(failure);
    const envelope = await edit;
    await turns(5);
    stop();
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.problems.map((p) => [p.code, p.where?.file])).toEqual([
      ['document.cannotWrite', basename(path)],
    ]);
    expect(heard).toEqual([]);
  });
});
