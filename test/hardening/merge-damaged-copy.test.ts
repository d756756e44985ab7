import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDocuments } from '../../service/documents/open-documents';
import { api, problemsOf } from '../documents/support';
import { expectOneLine, runRbw } from './run-rbw';

vi.setConfig({ testTimeout: 180_000 });

const folder = mkdtempSync(join(tmpdir(), 'rbw-merge-damaged-'));

describe('a copy of a document with a damaged history entry, merged with rbw merge', () => {
  it('is refused in one line naming the copy and the action; the document is unchanged', async () => {
    const doc = join(folder, 'lke.rbw');
    const copy = join(folder, 'lke-laptop.rbw');
    expect((await runRbw(['new', '--template', 'zi-2021', '--out', doc, '--author=koordinator'])).code).toBe(
      0,
    );
    copyFileSync(doc, copy);
    expect((await runRbw(['set', copy, 'A.I.1.i.a', 'Ya', '--author=pokja'])).code).toBe(0);
    expect((await runRbw(['set', copy, 'A.I.1.i.b', 'B', '--author=pokja'])).code).toBe(0);
    // The second action of the copy (its own first) edited by a broken tool: its value is not JSON.
    const db = new Database(copy);
    db.prepare("UPDATE changes SET after = '{Ya' WHERE action_id = 1").run();
    db.close();
    const before = readFileSync(doc);
    const run = await runRbw(['merge', doc, copy, '--author=koordinator']);
    expect(expectOneLine(run, 'merge', 'lke-laptop.rbw')).toBe(
      'rbw merge: lke-laptop.rbw: changes: riwayat salinan ini rusak (tindakan 1): salinan tidak dapat ' +
        'dibandingkan dengan dokumen, tidak ada yang digabungkan. Gunakan salinan cadangannya',
    );
    expect(readFileSync(doc).equals(before)).toBe(true);
  });
});

describe('a file sent as base64 that is not base64', () => {
  const siti = api('siti');
  afterAll(() => openDocuments.closeAll());

  it('is refused naming the document and the file, and nothing is stored', async () => {
    const { documentId, fileName } = await siti('documents.create', {
      path: join(folder, 'lampiran.rbw'),
      templateId: 'zi-2021',
    });
    for (const contentBase64 of ['JVBERi0xLjc@@ SK', 'JVBERi0xLjc', 'JVBERi0x\nLjc=']) {
      expect(
        await problemsOf(
          siti('attachments.add', { documentId, itemId: 'A.I.1.i.a', fileName: 'sk-tim.pdf', contentBase64 }),
        ),
      ).toEqual([
        {
          code: 'record.attachmentNotBase64',
          params: { name: 'sk-tim.pdf' },
          where: { file: fileName, field: 'A.I.1.i.a.evidence' },
        },
      ]);
    }
    expect((await siti('history.list', { documentId })).entries).toEqual([]);
    // A sound one is still stored.
    const stored = await siti('attachments.add', {
      documentId,
      itemId: 'A.I.1.i.a',
      fileName: 'sk-tim.pdf',
      contentBase64: Buffer.from('%PDF-1.7 SK Tim ZI').toString('base64'),
    });
    expect(stored.changed[0]?.record.evidence).toHaveLength(1);
  });
});
