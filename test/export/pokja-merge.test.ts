import { problemsOf } from '../documents/support';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { recordOf } from '../../shared/records/apply-changes';
import { recordIds } from '../../shared/records/diff-records';
import { indexTemplate } from '../../shared/template/template-index';
import type { Template } from '../../shared/template/template-schema';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { DocumentSession } from '../../service/documents/document-session';
import { listHistory } from '../../service/documents/history';
import { undo } from '../../service/documents/undo-redo';
import { exportDocument } from '../../service/export/export-document';
import { mergePokjaFile } from '../../service/merge/merge-pokja-file';
import { builtinDocument, exportFolder, randomRecords } from './support';

const folder = exportFolder();
const index = indexTemplate(builtinTemplate('zi-2021') as Template);
let session: DocumentSession;

/** The row of each code in a pokja file's sheet `LKE` (codes in column A). */
async function openPokjaFile(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
  const rows = new Map<string, number>();
  sheet.eachRow((row, n) => {
    const code = row.getCell(1).value;
    if (typeof code === 'string') rows.set(code, n);
  });
  return { workbook, sheet, rows };
}

beforeAll(async () => {
  const records = randomRecords(index, 21);
  // Pokja 1 owns Manajemen Perubahan (Pemenuhan and Reform); Pokja 2 owns Penataan Tatalaksana.
  for (const id of ['A.I.1.i.a', 'A.II.1.i.a.1']) records[id] = { ...records[id], pokja: 'Pokja 1' };
  records['A.I.2.i.a'] = { ...records['A.I.2.i.a'], pokja: 'Pokja 2' };
  session = await builtinDocument(folder, 'lke.rbw', 'zi-2021', records);
});

afterAll(() => session?.close());

describe('a pokja’s file and merging it back', () => {
  it('holds only the areas of the pokja, each row with its code', async () => {
    const path = join(folder, 'pokja-1.xlsx');
    await exportDocument(session, { format: 'lke', pokja: 'pokja 1', path });
    const { rows } = await openPokjaFile(path);
    const items = [...rows.keys()].filter((id) => index.answerables.has(id));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((id) => id.startsWith('A.I.1.') || id.startsWith('A.II.1.'))).toBe(true);
    expect(rows.has('A.I.1.iv.b')).toBe(true);
    expect(rows.has('A.I.2.i.a')).toBe(false);
  });

  it('merges the pokja’s answers, notes and evidence as one undoable action, touching no other area', async () => {
    const path = join(folder, 'pokja-1.xlsx');
    const { workbook, sheet, rows } = await openPokjaFile(path);
    const before = new Map(session.records);
    const flipped = session.records.get('A.I.1.i.a')?.answer === 'Ya' ? 'Tidak' : 'Ya';
    sheet.getCell(`K${rows.get('A.I.1.i.a')}`).value = flipped;
    sheet.getCell(`O${rows.get('A.I.1.i.a')}`).value = 'Dikerjakan pokja 1';
    sheet.getCell(`P${rows.get('A.II.1.i.a')}`).value = 'SK agen perubahan';
    sheet.getCell(`Q${rows.get('A.II.1.i.a')}`).value = {
      text: 'https://drive.example/agen',
      hyperlink: 'https://drive.example/agen',
    };
    const changes = Number(session.records.get('A.II.1.i.a.2')?.answer ?? 0) + 1;
    sheet.getCell(`K${rows.get('A.II.1.i.a.2')}`).value = changes;
    sheet.getCell(`V${rows.get('A.I.1.ii.a')}`).value = 'selesai';
    const edited = join(folder, 'pokja-1-edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const historyBefore = listHistory(session, { limit: 1000 }).entries.length;
    const merged = await mergePokjaFile(session, edited, 'koordinator');
    expect(merged.pokja).toBe('Pokja 1');
    // answer and note of a., the evidence of the % row, the Jumlah input, the status of ii.a.
    expect(merged.changes.length).toBe(5);
    expect(merged.applied).toBe(true);
    expect(session.records.get('A.I.1.i.a')).toMatchObject({ answer: flipped, note: 'Dikerjakan pokja 1' });
    expect(session.records.get('A.II.1.i.a')?.evidence).toEqual([
      { text: 'SK agen perubahan', url: 'https://drive.example/agen' },
    ]);
    expect(session.records.get('A.II.1.i.a.2')?.answer).toBe(changes);
    expect(session.records.get('A.I.1.ii.a')?.status).toBe('selesai');
    for (const id of recordIds(index).filter((id) => !id.startsWith('A.I.1.') && !id.startsWith('A.II.1.'))) {
      expect(session.records.get(id), id).toEqual(before.get(id));
    }
    const history = listHistory(session, { limit: 1000 }).entries;
    expect(history.length).toBe(historyBefore + 1);
    expect(history[0]).toMatchObject({
      kind: 'merge',
      label: 'pokja-1-edited.xlsx (Pokja 1)',
      author: 'koordinator',
    });
    undo(session, 1, 'koordinator');
    // Undone: every item as before (an item filled only by the merge is empty again).
    for (const id of recordIds(index))
      expect(recordOf(session.records, id), id).toEqual(recordOf(before, id));
  });

  it('refuses a file that changes a row outside the pokja’s areas, naming it, and changes nothing', async () => {
    const path = join(folder, 'pokja-1.xlsx');
    const { workbook, sheet, rows } = await openPokjaFile(path);
    // A coordinator pasted a row of Pokja 2's area (Penataan Tatalaksana) into Pokja 1's file.
    const last = Math.max(...rows.values()) + 1;
    sheet.getCell(`A${last}`).value = 'A.I.2.i.a';
    sheet.getCell(`K${last}`).value = session.records.get('A.I.2.i.a')?.answer === 'A' ? 'B' : 'A';
    sheet.getCell(`K${rows.get('A.I.1.i.b')}`).value = 'C';
    const outside = join(folder, 'pokja-1-outside.xlsx');
    await workbook.xlsx.writeFile(outside);
    const before = new Map(session.records);
    const revision = session.undoState().revision;
    const problems = await problemsOf(mergePokjaFile(session, outside, 'koordinator'));
    expect(problems).toEqual([
      {
        code: 'merge.outsidePokja',
        params: { code: 'A.I.2.i.a', pokja: 'Pokja 1' },
        where: { file: 'pokja-1-outside.xlsx', sheet: 'LKE', row: last },
      },
    ]);
    expect(session.undoState().revision).toBe(revision);
    expect(session.records).toEqual(before);
  });

  it('refuses a workbook that is not a pokja file', async () => {
    const other = join(folder, 'clean.xlsx');
    await exportDocument(session, { format: 'lke', path: other });
    expect((await problemsOf(mergePokjaFile(session, other, 'x'))).map((p) => p.code)).toEqual([
      'merge.notPokjaFile',
    ]);
  });
});
