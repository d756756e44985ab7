import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import { API } from '../../shared/api/contract';
import { callFromWindow, setStartupFile } from '../../service/api/window';
import { openDocuments } from '../../service/documents/open-documents';
import { Connection } from '../../service/documents/sqlite/connection';
import { DocumentDatabase } from '../../service/documents/sqlite/document-database';
import { lookInto, storeScores } from '../../service/portfolio/stored-scores';
import { readAppSettings, saveAuthor } from '../../service/workbench/app-settings';
import { anyFile } from '../../service/workbench/file-access';
import { rememberDocument } from '../../service/workbench/recent-documents';

/** The window's call as browser mode makes it, with "os-user" as the transport's (fallback) author. */
async function call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
  const envelope = await callFromWindow(name, input, { author: 'os-user', files: anyFile });
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.problems));
  return API[name].output.parse(envelope.value) as OperationOutput<N>;
}

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'rbw-welcome-'));
  process.env.RBW_DATA_DIR = dataDir;
  delete process.env.RBW_AUTHOR;
  setStartupFile(null);
});
afterEach(() => openDocuments.closeAll());

const newDocument = (unit: string) =>
  call('app.newDocument', { templateId: 'zi-2021', metadata: { agency: 'Kota Contoh', unit, year: 2026 } });

describe('the window at start', () => {
  it('shows nothing (the welcome screen) in a fresh data folder, and makes no sample', async () => {
    expect(await call('app.startup', {})).toBeNull();
    expect(existsSync(join(dataDir, 'documents'))).toBe(false);
  });

  it('opens the last document when there is one', async () => {
    const made = await newDocument('Dinas Satu');
    openDocuments.closeAll();
    expect((await call('app.startup', {}))?.path).toBe(made.path);
  });

  it('makes the sample once: "Coba contoh" again opens the same file', async () => {
    const first = await call('app.openSample', {});
    expect(first.metadata.unit).toBe('Dinas Contoh');
    const again = await call('app.openSample', {});
    expect(again.path).toBe(first.path);
    expect(readdirSync(join(dataDir, 'documents')).filter((f) => f.endsWith('.rbw'))).toEqual([
      'contoh-dinas-contoh-zi-2021.rbw',
    ]);
  });
});

describe("the user's name for history", () => {
  it('is the OS user until set, then names every later change; asked once', async () => {
    expect(await call('app.settings', {})).toEqual({
      author: 'os-user',
      fallback: 'os-user',
      named: false,
      asked: false,
    });
    const doc = await newDocument('Dinas Dua');
    const edit = (answer: string) =>
      call('records.set', {
        documentId: doc.documentId,
        itemId: 'A.I.1.i.a',
        field: 'answer',
        value: answer,
      });
    await edit('Ya');
    expect(await call('app.setAuthor', { name: '  Siti Rahma ' })).toEqual({
      author: 'Siti Rahma',
      fallback: 'os-user',
      named: true,
      asked: true,
    });
    await edit('Tidak');
    const { entries } = await call('history.list', { documentId: doc.documentId });
    expect(entries.map((e) => e.author)).toEqual(['Siti Rahma', 'os-user']);
    // Put back to none: the OS user again, and the window still does not ask.
    expect(await call('app.setAuthor', { name: null })).toEqual({
      author: 'os-user',
      fallback: 'os-user',
      named: false,
      asked: true,
    });
  });

  it('is not asked for when RBW_AUTHOR names the user', async () => {
    process.env.RBW_AUTHOR = 'Budi';
    expect((await call('app.settings', {})).asked).toBe(true);
    delete process.env.RBW_AUTHOR;
  });

  it('refuses an empty or multi-line name and keeps the one set', async () => {
    saveAuthor('Siti');
    const refused = await callFromWindow('app.setAuthor', { name: 'a\nb' }, { author: 'x', files: anyFile });
    expect(refused.ok).toBe(false);
    expect((await callFromWindow('app.setAuthor', { name: '   ' }, { author: 'x', files: anyFile })).ok).toBe(
      false,
    );
    expect(readAppSettings().author).toBe('Siti');
  });

  it('reads a damaged settings file as unset and writes it whole (no temp file left)', async () => {
    writeFileSync(join(dataDir, 'settings.json'), '{"author": 12');
    expect(readAppSettings()).toEqual({ author: null, authorAsked: false });
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ author: 'x'.repeat(500) }));
    expect(readAppSettings().author).toBeNull();
    saveAuthor('Ani');
    expect(readdirSync(dataDir)).toEqual(['settings.json']);
    expect(readAppSettings()).toEqual({ author: 'Ani', authorAsked: true });
  });
});

describe('the recent documents with titles and totals', () => {
  it('lists each with its metadata and, asked for, its total and category', async () => {
    const doc = await newDocument('Dinas Tiga');
    // Ya in A.I.1.i (sub-area weight 0,5, one question answered of its average): total 0,5, category D.
    await call('records.set', {
      documentId: doc.documentId,
      itemId: 'A.I.1.i.a',
      field: 'answer',
      value: 'Ya',
    });
    const quick = await call('app.recent', {});
    expect(quick).toEqual([
      expect.objectContaining({
        path: doc.path,
        fileName: doc.fileName,
        metadata: expect.objectContaining({ unit: 'Dinas Tiga', year: 2026 }),
        score: null,
      }),
    ]);
    const [entry] = await call('app.recent', { scores: true });
    // One answer leaves sub-areas with nothing to average: incomplete, so no category (not a D; issue 22).
    expect(entry?.score).toMatchObject({ total: 0.5, category: null, answered: 1, questions: 113 });
  });

  it('uses the stored scores while they are current, and computes them again after a change', async () => {
    const doc = await newDocument('Dinas Empat');
    await call('app.recent', { scores: true });
    openDocuments.closeAll();
    // Plant a figure no scoring gives in the stored scores of the current revision: it is what is listed.
    const look = lookInto(doc.path);
    if (!look?.scores) throw new Error('the listing stored no scores');
    const connection = Connection.open(doc.path, { mustExist: true });
    storeScores(new DocumentDatabase(connection, 'welcome.rbw'), { ...look.scores, total: 12.34 });
    connection.close();
    expect((await call('app.recent', { scores: true }))[0]?.score?.total).toBe(12.34);
    // A change makes them stale: the listing scores the document again (closed, from its file).
    const reopened = await call('app.openPath', { path: doc.path });
    await call('records.set', {
      documentId: reopened.documentId,
      itemId: 'A.I.1.i.a',
      field: 'answer',
      value: 'Ya',
    });
    openDocuments.closeAll();
    expect((await call('app.recent', { scores: true }))[0]?.score?.total).toBe(0.5);
  });

  it('lists a document that cannot be read by its file name, without a total', async () => {
    const broken = join(dataDir, 'rusak.rbw');
    writeFileSync(broken, 'not a database');
    rememberDocument(broken, new Date('2026-05-01T08:00:00Z'));
    expect(await call('app.recent', { scores: true })).toEqual([
      {
        path: broken,
        openedAt: '2026-05-01T08:00:00.000Z',
        fileName: 'rusak.rbw',
        metadata: null,
        score: null,
      },
    ]);
  });
});
