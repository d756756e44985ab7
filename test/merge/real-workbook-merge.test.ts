import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOf } from '../../shared/records/apply-changes';
import { recordIds } from '../../shared/records/diff-records';
import type { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { undo } from '../../service/documents/undo-redo';
import { exportDocument } from '../../service/export/export-document';
import { mergePokjaFile } from '../../service/merge/merge-pokja-file';
import { exportFolder, realDocument } from '../export/support';

const folder = exportFolder();
let session: DocumentSession;

beforeAll(async () => {
  ({ session } = await realDocument(folder));
  setFields(session, [{ itemId: 'A.I.1.i.a', field: 'pokja', value: 'Pokja 1' }], 'koordinator');
});
afterAll(() => session?.close());

/** Rewrites one cell of a pokja file's LKE sheet, found by the row's code and the column's letter. */
async function editCell(from: string, to: string, code: string, column: string, value: ExcelJS.CellValue) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === code) sheet.getCell(`${column}${n}`).value = value;
  });
  await workbook.xlsx.writeFile(to);
}

describe('merging a pokja file of the real ZI workbook’s document', () => {
  it('reads an untouched export as no change at all (answers, notes, evidence of a real unit)', async () => {
    const path = join(folder, 'pokja-1.xlsx');
    await exportDocument(session, { format: 'lke', pokja: 'Pokja 1', path });
    const outcome = await mergePokjaFile(session, path, 'koordinator', { dryRun: true });
    expect(outcome).toMatchObject({ baseKnown: true, changes: [], conflicts: [], unresolved: 0 });
  });

  it('takes the one cell a stale copy changed and keeps everything the coordinator changed since', async () => {
    const exported = join(folder, 'pokja-1.xlsx');
    const before = recordOf(session.records, 'A.I.1.iii.c').answer;
    // The coordinator changes two answers and a note of Pokja 1's area after the export.
    const other = before === 'B' ? 'C' : 'B';
    setFields(
      session,
      [
        { itemId: 'A.I.1.iii.c', field: 'answer', value: other },
        { itemId: 'A.I.1.i.b', field: 'note', value: 'diperiksa koordinator' },
      ],
      'koordinator',
    );
    const now = new Map(session.records);
    // The stale copy: only A.I.1.ii.a's note changed, and A.I.1.iii.c to D.
    const stale = join(folder, 'pokja-1-lama.xlsx');
    await editCell(exported, stale, 'A.I.1.ii.a', 'O', 'catatan pokja');
    await editCell(stale, stale, 'A.I.1.iii.c', 'K', 'D');
    const held = await mergePokjaFile(session, stale, 'koordinator');
    expect(held.applied).toBe(false);
    expect(held.conflicts.map((c) => [c.itemId, c.field, c.base, c.ours, c.theirs, c.changedBy])).toEqual([
      ['A.I.1.iii.c', 'answer', before, other, 'D', 'koordinator'],
    ]);
    expect(held.changes).toEqual([
      {
        itemId: 'A.I.1.ii.a',
        field: 'note',
        before: recordOf(now, 'A.I.1.ii.a').note,
        after: 'catatan pokja',
      },
    ]);
    const merged = await mergePokjaFile(session, stale, 'koordinator', { choices: { all: 'mine' } });
    expect(merged.applied).toBe(true);
    for (const id of recordIds(session.index)) {
      const expected =
        id === 'A.I.1.ii.a' ? { ...recordOf(now, id), note: 'catatan pokja' } : recordOf(now, id);
      expect(recordOf(session.records, id), id).toEqual(expected);
    }
    undo(session, 1, 'koordinator');
    for (const id of recordIds(session.index))
      expect(recordOf(session.records, id), id).toEqual(recordOf(now, id));
  });
});
