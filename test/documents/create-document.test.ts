import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceWorkbook } from '../../service/documents/attachments';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { listHistory } from '../../service/documents/history';
import { bestAnswers } from '../support/best-answers';
import { largeTemplate } from '../support/large-template';
import { indexTemplate } from '../../shared/template/template-index';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { problemsOf, tempFolder } from './support';

const zi = builtinTemplate('zi-2021') as Template;

describe('creating a document from an imported workbook', () => {
  it('keeps the records, the metadata and the workbook bytes with its file name and layout', async () => {
    const path = join(tempFolder(), 'impor.rbw');
    // A workbook, not just any bytes: a stored workbook that is damaged counts as none (see below).
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('LKE ZI').getCell('A1').value = 'LKE';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await createDocument(path, {
      template: zi,
      metadata: { agency: 'Kota Contoh', year: 2021 },
      records: new Map([
        [
          'A.I.1.i.a',
          { answer: 'ya', note: 'SK Kepala Dinas', evidence: [{ url: 'https://drive.example/sk' }] },
        ],
        ['A.II.1.i.a.1', { answer: '12' }],
        ['B.I.a', { answer: 3.62, reviewerAnswer: '3,5' }],
      ]),
      sourceWorkbook: {
        fileName: 'LKE ZI 2021.xlsx',
        bytes,
        layout: { sheet: 'LKE ZI', rows: { 'A.I.1.i.a': 8 } },
      },
      author: 'importir',
    });
    const session = await DocumentSession.open(path);
    expect(session.records.get('A.I.1.i.a')).toMatchObject({
      answer: 'Ya',
      evidence: [{ url: 'https://drive.example/sk' }],
    });
    expect(session.records.get('A.II.1.i.a.1')?.answer).toBe(12);
    expect(session.records.get('B.I.a')).toMatchObject({ answer: 3.62, reviewerAnswer: 3.5 });
    expect(session.metadata).toMatchObject({ agency: 'Kota Contoh', year: 2021, model: 'zi' });
    const source = readSourceWorkbook(session);
    expect(source?.fileName).toBe('LKE ZI 2021.xlsx');
    expect(Buffer.from(source?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
    expect(source?.layout).toEqual({ sheet: 'LKE ZI', rows: { 'A.I.1.i.a': 8 } });
    // The imported answers are the starting point: there is nothing to undo.
    expect(session.undoState()).toEqual({ revision: 0, canUndo: false, canRedo: false });
    session.close();
  });

  it('refuses records that do not fit the template, naming the field, and leaves no file behind', async () => {
    const folder = tempFolder();
    const problems = await problemsOf(
      createDocument(join(folder, 'gagal.rbw'), {
        template: zi,
        records: { 'A.I.1.i.a': { answer: 'Mungkin' }, 'Z.9': { note: 'x' } },
      }),
    );
    expect(problems).toEqual([
      {
        code: 'answer.notAnOption',
        params: { answer: 'Mungkin', options: 'Ya, Tidak' },
        where: { file: 'gagal.rbw', field: 'A.I.1.i.a.answer' },
      },
      {
        code: 'record.unknownCode',
        params: { code: 'Z.9' },
        where: { file: 'gagal.rbw', field: 'Z.9.note' },
      },
    ]);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('a document of 5,000 indicators', () => {
  it('opens with every answer and a long history, and pages through that history', async () => {
    const template = largeTemplate();
    const answers = bestAnswers(indexTemplate(template));
    const path = join(tempFolder(), 'besar.rbw');
    await createDocument(path, {
      template,
      records: new Map([...answers].map(([id, answer]) => [id, { answer }])),
    });
    let session = await DocumentSession.open(path);
    const ids = [...answers.keys()];
    for (let action = 0; action < 500; action++) {
      const edits = ids
        .slice(action * 10, action * 10 + 10)
        .map((itemId) => ({ itemId, field: 'note' as const, value: `catatan ${action}` }));
      setFields(session, edits, 'siti');
    }
    session.close();
    session = await DocumentSession.open(path);
    expect(session.index.indicators.size).toBe(5000);
    // Every indicator at its best answer: the whole 100.
    expect(session.scores.unit.total()).toBeCloseTo(100, 9);
    expect(session.records.get(ids[4999] as string)?.note).toBe('catatan 499');
    const page = listHistory(session, { limit: 200 });
    expect(page.entries).toHaveLength(200);
    expect(page.more).toBe(true);
    expect(page.entries[0]?.changes).toHaveLength(10);
    session.close();
  });
});
