import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDocuments } from '../../service/documents/open-documents';
import { createDocument } from '../../service/documents/create-document';
import { Connection, DocumentDatabase } from '../../service/documents/sqlite/document-database';
import { DOCUMENT_FORMAT_VERSION, migrate } from '../../service/documents/sqlite/migrations';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { api, problemsOf, tempFolder } from './support';

const folder = tempFolder();
const call = api('andi');
const zi = builtinTemplate('zi-2021') as Template;
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

afterEach(() => openDocuments.closeAll());

/** A document as an older version of the app wrote it: only the migrations up to `version`. */
function createAtVersion(path: string, version: number): void {
  const connection = Connection.open(path, { mustExist: false });
  const store = DocumentDatabase.configure(connection, 'lama.rbw');
  migrate(connection, version);
  store.write((db) => {
    db.meta.writeTemplateJson(JSON.stringify(zi));
    db.meta.set(
      'metadata',
      JSON.stringify({ agency: 'Kab. Lama', unit: null, year: 2024, model: 'zi', priorYearDocument: null }),
    );
    db.records.write('A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya', note: 'dari versi lama' });
    db.history.add(
      {
        at: '2024-05-01T02:00:00.000Z',
        author: 'lama',
        kind: 'edit',
        label: null,
        state: 'done',
        target: null,
      },
      [{ itemId: 'A.I.1.i.a', field: 'answer', before: null, after: 'Ya' }],
    );
  });
  store.close();
}

describe('a document of an older format', () => {
  for (let version = 1; version < DOCUMENT_FORMAT_VERSION; version++) {
    it(`is copied next to itself and then migrated from format ${version}, keeping records and history`, async () => {
      const path = join(folder, `lama-v${version}.rbw`);
      createAtVersion(path, version);
      const view = await call('documents.open', { path });
      const backupPath = `${path}.v${version}.bak`;
      expect(view.migration).toEqual({ from: version, backupPath });
      expect(view.records['A.I.1.i.a']).toMatchObject({ answer: 'Ya', note: 'dari versi lama' });
      expect(view.metadata.agency).toBe('Kab. Lama');
      expect(view.canUndo).toBe(true);
      const history = await call('history.list', { documentId: view.documentId, itemId: 'A.I.1.i.a' });
      expect(history.entries.map((e) => [e.author, e.changes[0]?.after])).toEqual([['lama', 'Ya']]);
      const snapshot = await call('snapshots.create', {
        documentId: view.documentId,
        name: 'setelah pembaruan',
      });
      expect(snapshot.total).toBeCloseTo(0.5, 12);
      const undone = await call('history.undo', { documentId: view.documentId });
      expect(undone.changed[0]?.record.answer).toBeNull();
      const backup = new Database(backupPath, { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(version);
      expect(backup.prepare('SELECT item_id, answer FROM records').all()).toEqual([
        { item_id: 'A.I.1.i.a', answer: 'Ya' },
      ]);
      backup.close();
    });
  }
});

describe('documents that are refused and left as they were', () => {
  it('refuses a document from a newer version of the app, saying which format', async () => {
    const path = join(folder, 'baru.rbw');
    await createDocument(path, { template: zi });
    const db = new Database(path);
    db.pragma(`user_version = ${DOCUMENT_FORMAT_VERSION + 1}`);
    db.close();
    const before = hash(path);
    expect(await problemsOf(call('documents.open', { path }))).toEqual([
      {
        code: 'document.newerVersion',
        params: { version: DOCUMENT_FORMAT_VERSION + 1, supported: DOCUMENT_FORMAT_VERSION },
        where: { file: 'baru.rbw' },
      },
    ]);
    expect(hash(path)).toBe(before);
    expect(readdirSync(folder).filter((f) => f.startsWith('baru.rbw'))).toEqual(['baru.rbw']);
  });

  it('refuses a truncated document as damaged', async () => {
    const path = join(folder, 'terpotong.rbw');
    const records = Object.fromEntries(
      [...'abcdefgh'].map((x, i) => [`A.I.1.i.${i % 2 ? 'b' : 'a'}`, { note: x.repeat(3000) }]),
    );
    await createDocument(path, { template: zi, records });
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const before = hash(path);
    const problems = await problemsOf(call('documents.open', { path }));
    expect(problems.map((p) => [p.code, p.where?.file])).toEqual([['document.damaged', 'terpotong.rbw']]);
    expect(hash(path)).toBe(before);
  });

  it('refuses a file that is not SQLite at all, and an empty file', async () => {
    const xlsx = join(folder, 'lke.rbw');
    writeFileSync(xlsx, Buffer.from('PK\u0003\u0004 this is a zip, not a database'));
    const empty = join(folder, 'kosong.rbw');
    writeFileSync(empty, '');
    for (const path of [xlsx, empty]) {
      expect(await problemsOf(call('documents.open', { path }))).toEqual([
        { code: 'document.notSqlite', where: { file: basename(path) } },
      ]);
    }
    expect(readFileSync(empty).length).toBe(0);
  });

  it('refuses a SQLite file of another program', async () => {
    const path = join(folder, 'lain.rbw');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(await problemsOf(call('documents.open', { path }))).toEqual([
      { code: 'document.notWorkbench', where: { file: 'lain.rbw' } },
    ]);
  });

  it('names a missing file by its path', async () => {
    const path = join(folder, 'tidak-ada.rbw');
    expect(await problemsOf(call('documents.open', { path }))).toEqual([
      { code: 'file.notFound', where: { file: path } },
    ]);
    expect(existsSync(path)).toBe(false);
  });

  it('checks the template a document carries and names the field that is wrong', async () => {
    const path = join(folder, 'diubah.rbw');
    await createDocument(path, { template: zi });
    const db = new Database(path);
    db.prepare('UPDATE template SET json = ?').run(JSON.stringify({ ...zi, answerTypes: [] }));
    db.close();
    expect(await problemsOf(call('documents.open', { path }))).toEqual([
      {
        code: 'template.invalidField',
        params: { message: expect.any(String) },
        where: { file: 'diubah.rbw', field: 'answerTypes' },
      },
    ]);
  });
});
