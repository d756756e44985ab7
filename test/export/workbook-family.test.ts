import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { recordIds } from '../../shared/records/diff-records';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { exportDocument } from '../../service/export/export-document';
import type { FixtureManifest } from '../fixtures/workbooks/generate';
import { ensureFixtures } from '../fixtures/workbooks/ensure-fixtures';
import { readCells } from '../fixtures/workbooks/libreoffice-oracle';
import { compared, exportFolder, randomAnswer } from './support';
import { seeded } from '../fixtures/workbooks/random';

/**
 * Other layouts than the real ZI workbook, from the importer's generated family (each checked against
 * LibreOffice when generated): columns shifted, the 2026 upload sheet `Jawaban` with its own reviewer
 * columns, an older RB workbook holding two years side by side.
 */
const NAMES = ['zi-2021-shifted', 'zi-2026-jawaban', 'rb-older-two-years', 'rb-older-lookup'];
const folder = exportFolder();
const sessions = new Map<string, DocumentSession>();
let manifest: FixtureManifest;

beforeAll(async () => {
  manifest = await ensureFixtures();
  for (const name of NAMES) {
    const imported = await importWorkbook(manifest.lke[name]?.file as string);
    imported.engine.destroy();
    const path = join(folder, `${name}.rbw`);
    await createDocument(path, {
      template: imported.template,
      records: imported.records,
      sourceWorkbook: { fileName: `${name}.xlsx`, bytes: imported.xlsx, layout: imported.layout },
      author: 'tester',
    });
    sessions.set(name, await DocumentSession.open(path));
  }
}, 240_000);

afterAll(() => sessions.forEach((s) => s.close()));

describe('exporting documents imported from other workbook layouts', () => {
  it.each(NAMES)('%s: edits come back field by field through its own layout', async (name) => {
    const session = sessions.get(name) as DocumentSession;
    const random = seeded(name.length);
    const edits = session.index.answerableOrder
      .filter((_, i) => i % 5 === 0)
      .flatMap((a) => [
        { itemId: a.id, field: 'answer' as const, value: randomAnswer(a.type, random) },
        { itemId: a.id, field: 'note' as const, value: `catatan ${a.id}` },
      ]);
    setFields(session, edits, 'tester');
    const path = join(folder, `${name}-export.xlsx`);
    await exportDocument(session, { format: 'lke', path });
    const again = await importWorkbook(path);
    again.engine.destroy();
    for (const id of recordIds(session.index)) {
      const expected = compared(session.records.get(id));
      // A sheet without a note column cannot hold notes (the export says so); compare what it holds.
      if (session.index.answerables.has(id) && again.layout.columns.unit.note === undefined)
        expected.note = null;
      expect(compared(again.records[id]), `${name} ${id}`).toEqual(expected);
    }
  });

  it('puts last year’s values of a two-year workbook beside this year’s in the rekap', async () => {
    const session = sessions.get('rb-older-two-years') as DocumentSession;
    const path = join(folder, 'rekap-two-years.xlsx');
    await exportDocument(session, { format: 'rekap', path });
    const fixture = manifest.lke['rb-older-two-years'];
    // LibreOffice computed last year's total when the fixture was generated.
    const priorTotal = fixture?.expected[fixture.priorTotalCell as string] as number;
    // The header row (its first cell "Kode") and the total right below it; columns found by their headers.
    const letters = 'ABCDEFGHIJ'.split('');
    const cells = [1, 2, 3, 4, 5].flatMap((row) => letters.map((l) => `${l}${row}`));
    const read = readCells([{ file: path, sheet: 'Rekap', cells }])[path] ?? {};
    const header = [1, 2, 3, 4].find((row) => read[`A${row}`] === 'Kode') as number;
    const column = (title: RegExp) => letters.find((l) => title.test(String(read[`${l}${header}`])));
    // The fixture's two blocks are headed 2022 and 2023.
    const prior = column(/^Nilai 2022$/) as string;
    expect(read[`B${header + 1}`]).toBe('NILAI TOTAL');
    expect(read[`${prior}${header + 1}`]).toBeCloseTo(priorTotal, 9);
    expect(read[`${column(/^Perubahan$/)}${header + 1}`]).toBeCloseTo(
      session.scores.unit.total() - priorTotal,
      9,
    );
  });
});
