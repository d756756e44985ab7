import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDocuments } from '../../service/documents/open-documents';
import { MAX_ATTACHMENT_BYTES } from '../../shared/records/attachment';
import { api, problemsOf, tempFolder } from './support';

const folder = tempFolder();
const siti = api('siti');
const budi = api('budi');
let n = 0;
const newDocument = async () =>
  siti('documents.create', { path: join(folder, `lke-${++n}.rbw`), templateId: 'zi-2021' });

afterEach(() => openDocuments.closeAll());

describe('history', () => {
  it('records every change with its time, author, old and new value, newest first', async () => {
    const { documentId } = await newDocument();
    const start = Date.now();
    await siti('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya' });
    await budi('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'Tidak' });
    await budi('history.undo', { documentId });
    const { entries, more } = await siti('history.list', { documentId });
    expect(more).toBe(false);
    expect(entries.map((e) => [e.id, e.author, e.kind, e.state, e.target, e.changes])).toEqual([
      [3, 'budi', 'undo', null, 2, [{ itemId: 'A.I.1.i.a', field: 'answer', before: 'Tidak', after: 'Ya' }]],
      [
        2,
        'budi',
        'edit',
        'undone',
        null,
        [{ itemId: 'A.I.1.i.a', field: 'answer', before: 'Ya', after: 'Tidak' }],
      ],
      [
        1,
        'siti',
        'edit',
        'done',
        null,
        [{ itemId: 'A.I.1.i.a', field: 'answer', before: null, after: 'Ya' }],
      ],
    ]);
    for (const e of entries) expect(Date.parse(e.at)).toBeGreaterThanOrEqual(start - 1000);
  });

  it('shows the history of one indicator with the Jumlah inputs it is computed from, and pages back', async () => {
    const { documentId } = await newDocument();
    await siti('records.paste', {
      documentId,
      edits: [
        { itemId: 'A.I.1.i.a', value: 'Ya' },
        { itemId: 'A.II.1.i.a.1', value: 4 },
      ],
    });
    await siti('records.set', { documentId, itemId: 'A.II.1.i.a.2', field: 'answer', value: '3' });
    // A derived % row has no answer of its own, but its note is its own.
    await siti('records.set', { documentId, itemId: 'A.II.1.i.a', field: 'note', value: 'data BKD' });
    await siti('records.set', { documentId, itemId: 'A.I.1.i.b', field: 'answer', value: 'B' });
    const page = await siti('history.list', { documentId, itemId: 'A.II.1.i.a', limit: 1 });
    expect(page.more).toBe(true);
    expect(page.entries.map((e) => [e.id, e.changes.map((c) => c.itemId)])).toEqual([[3, ['A.II.1.i.a']]]);
    const older = await siti('history.list', {
      documentId,
      itemId: 'A.II.1.i.a',
      before: page.entries[0]?.id,
    });
    // The paste also answered A.I.1.i.a; the indicator's history shows only its own input.
    expect(older.entries.map((e) => [e.id, e.kind, e.changes.map((c) => c.itemId)])).toEqual([
      [2, 'edit', ['A.II.1.i.a.2']],
      [1, 'paste', ['A.II.1.i.a.1']],
    ]);
    expect(older.more).toBe(false);
  });
});

describe('snapshots', () => {
  it('are listed with name, date and total, compared with now, and restored as one undoable action', async () => {
    const { documentId } = await newDocument();
    await siti('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya' });
    const snap = await siti('snapshots.create', { documentId, name: 'dikirim ke APIP 12 Mei' });
    expect(snap).toMatchObject({ id: 1, name: 'dikirim ke APIP 12 Mei', author: 'siti', reviewerTotal: 0 });
    expect(snap.total).toBeCloseTo(0.5, 12);
    await budi('records.paste', {
      documentId,
      edits: [
        { itemId: 'A.I.1.i.a', value: 'Tidak' },
        { itemId: 'A.I.1.i.b', field: 'note', value: 'perlu SK baru' },
      ],
    });
    await budi('documents.setMetadata', { documentId, metadata: { year: 2026 } });
    expect(await siti('snapshots.list', { documentId })).toEqual([snap]);

    const comparison = await siti('snapshots.compare', { documentId, snapshotId: snap.id });
    expect(comparison.differences).toEqual([
      { itemId: 'A.I.1.i.a', field: 'answer', snapshot: 'Ya', current: 'Tidak' },
      { itemId: 'A.I.1.i.b', field: 'note', snapshot: null, current: 'perlu SK baru' },
    ]);
    expect(comparison.metadata?.current.year).toBe(2026);
    expect(comparison.totals.snapshot.unit).toBeCloseTo(0.5, 12);
    expect(comparison.totals.current.unit).toBe(0);

    const restored = await siti('snapshots.restore', { documentId, snapshotId: snap.id });
    expect(restored.scores.unit.total).toBeCloseTo(0.5, 12);
    expect(restored.metadata.year).toBeNull();
    expect((await siti('snapshots.compare', { documentId, snapshotId: snap.id })).differences).toEqual([]);
    const history = await siti('history.list', { documentId, limit: 1 });
    expect(history.entries[0]).toMatchObject({
      kind: 'restore',
      label: 'dikirim ke APIP 12 Mei',
      author: 'siti',
    });

    const undone = await siti('history.undo', { documentId });
    expect(undone.scores.unit.total).toBe(0);
    const view = await siti('documents.view', { documentId });
    expect(view.records['A.I.1.i.b']?.note).toBe('perlu SK baru');
    expect(view.metadata.year).toBe(2026);
  });

  it('names an unknown snapshot', async () => {
    const { documentId, fileName } = await newDocument();
    expect(await problemsOf(siti('snapshots.restore', { documentId, snapshotId: 9 }))).toEqual([
      { code: 'snapshot.unknown', params: { id: 9 }, where: { file: fileName } },
    ]);
  });
});

describe('attachments', () => {
  it('stores a file in the document as evidence, gives it back byte for byte, and undo takes it off', async () => {
    const view = await newDocument();
    const { documentId } = view;
    const bytes = Buffer.from('%PDF-1.7 SK Tim ZI');
    const result = await siti('attachments.add', {
      documentId,
      itemId: 'A.I.1.i.a',
      fileName: 'sk-tim.pdf',
      mediaType: 'application/pdf',
      contentBase64: bytes.toString('base64'),
      text: 'SK Tim ZI',
    });
    const evidence = result.changed[0]?.record.evidence ?? [];
    expect(evidence).toEqual([
      {
        text: 'SK Tim ZI',
        attachment: {
          id: expect.stringMatching(/^[0-9a-f]{64}$/),
          fileName: 'sk-tim.pdf',
          size: bytes.length,
          mediaType: 'application/pdf',
        },
      },
    ]);
    const id = evidence[0]?.attachment?.id ?? '';
    const file = await siti('attachments.get', { documentId, attachmentId: id });
    expect(Buffer.from(file.contentBase64, 'base64').equals(bytes)).toBe(true);
    expect(file).toMatchObject({ fileName: 'sk-tim.pdf', mediaType: 'application/pdf', size: bytes.length });
    await siti('history.undo', { documentId });
    expect((await siti('documents.view', { documentId })).records['A.I.1.i.a']?.evidence).toEqual([]);
    // The file stays in the document: redo (or a snapshot) may point at it again.
    await siti('history.redo', { documentId });
    expect((await siti('attachments.get', { documentId, attachmentId: id })).size).toBe(bytes.length);
  });

  it('refuses a file over the size limit, and evidence pointing at a file the document does not hold', async () => {
    const { documentId, fileName } = await newDocument();
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1).toString('base64');
    const problems = await problemsOf(
      siti('attachments.add', { documentId, itemId: 'A.I.1.i.a', fileName: 'scan.pdf', contentBase64: big }),
    );
    expect(problems).toEqual([
      {
        code: 'record.attachmentTooLarge',
        params: { name: 'scan.pdf', size: '10,0', max: '10,0' },
        where: { file: fileName, field: 'A.I.1.i.a.evidence' },
      },
    ]);
    const foreign = { fileName: 'x.pdf', size: 1, id: 'a'.repeat(64) };
    const refused = await problemsOf(
      siti('records.set', {
        documentId,
        itemId: 'A.I.1.i.a',
        field: 'evidence',
        value: [{ attachment: foreign }],
      }),
    );
    expect(refused.map((p) => p.code)).toEqual(['record.unknownAttachment']);
  });
});
