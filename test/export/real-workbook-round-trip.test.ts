import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { recordIds } from '../../shared/records/diff-records';
import type { FieldEdit } from '../../shared/records/plan-edits';
import type { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { undo } from '../../service/documents/undo-redo';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { exportDocument } from '../../service/export/export-document';
import type { WorkbookProperties } from './support';
import { REAL_WORKBOOK, compared, exportFolder, realDocument, workbookProperties } from './support';

const folder = exportFolder();
let session: DocumentSession;
let imported: ImportedWorkbook;
let untouched: string;

// Unit answers of every kind (choice, Jumlah count, survey value), notes with line breaks, evidence
// replaced and removed, and reviewer answers and notes, which the real workbook has no columns for.
const EDITS: FieldEdit[] = [
  { itemId: 'A.I.1.i.b', field: 'answer', value: 'B' },
  { itemId: 'A.I.1.i.b', field: 'note', value: 'SK tim terbit Maret\nbaris kedua' },
  { itemId: 'A.II.1.i.a.1', field: 'answer', value: 9 },
  { itemId: 'B.I.a', field: 'answer', value: '3,5' },
  { itemId: 'A.I.2.i.a', field: 'answer', value: null },
  {
    itemId: 'A.I.1.ii.a',
    field: 'evidence',
    value: [
      { text: 'SK baru\nNotulen', url: 'https://drive.example/sk' },
      { url: 'https://drive.example/notulen' },
    ],
  },
  { itemId: 'A.I.1.iii.a', field: 'evidence', value: [] },
  { itemId: 'A.I.1.iii.a', field: 'note', value: null },
  { itemId: 'A.I.1.i.a', field: 'reviewerAnswer', value: 'Tidak' },
  { itemId: 'A.I.1.i.a', field: 'reviewerNote', value: 'SK belum ditandatangani' },
  { itemId: 'A.I.1.i.b', field: 'reviewerAnswer', value: 'C' },
  { itemId: 'A.II.1.i.a.1', field: 'reviewerAnswer', value: 5 },
  { itemId: 'A.II.1.i.a', field: 'reviewerNote', value: 'agen perubahan belum ditetapkan' },
  { itemId: 'B.I.a', field: 'reviewerAnswer', value: 3.2 },
];

beforeAll(async () => {
  ({ session, imported } = await realDocument(folder));
  untouched = join(folder, 'untouched.xlsx');
  await exportDocument(session, { format: 'lke', path: untouched });
});

afterAll(() => {
  session?.close();
  imported?.engine.destroy();
});

describe('exporting a document imported from the real LKE ZI workbook into its own layout', () => {
  it('imports back to the same answers, notes, evidence and reviewer values when nothing was edited', async () => {
    const again = await importWorkbook(untouched);
    again.engine.destroy();
    for (const id of recordIds(session.index)) {
      expect(compared(again.records[id]), id).toEqual(compared(imported.records[id]));
    }
    expect(again.totals.workbook).toBeCloseTo(95.57619047619048, 12);
  });

  it('imports back to the document’s values, field by field, after edits of every kind', async () => {
    setFields(session, EDITS, 'tester');
    const path = join(folder, 'edited.xlsx');
    const result = await exportDocument(session, { format: 'lke', path });
    expect(result.notices.map((n) => n.code)).toContain('export.reviewerColumnsAdded');
    const again = await importWorkbook(path);
    again.engine.destroy();
    expect(again.layout.columns.reviewer).toMatchObject({ answer: 17, value: 18, note: 19 });
    for (const id of recordIds(session.index)) {
      expect(compared(again.records[id]), id).toEqual(compared(session.records.get(id)));
    }
  });

  it('keeps what an evaluator sees of the workbook: sheets, protection, layout, print setup, dropdowns, links, styles', () => {
    const cells = { 'LKE ZI': ['B4', 'C5', 'G8', 'K8', 'L8', 'M4', 'O8', 'Q8', 'L208'] };
    const read = workbookProperties([REAL_WORKBOOK, untouched], cells);
    const [before, after] = [read[REAL_WORKBOOK], read[untouched]] as WorkbookProperties[];
    expect(after?.sheets).toEqual(['Utama', 'Ctt Eval', 'LKE ZI']);
    for (const sheet of before?.sheets ?? []) {
      const a = before?.properties[sheet];
      const b = after?.properties[sheet];
      expect(b?.state, sheet).toBe(a?.state);
      expect(b?.protected, sheet).toBe(a?.protected);
      expect(b?.passwordHash, sheet).toBe(a?.passwordHash);
      expect(b?.freeze, sheet).toBe(a?.freeze);
      expect(b?.printTitleRows, sheet).toBe(a?.printTitleRows);
      // exceljs writes fitToWidth="1" where the file left it out: 1 is the default the format gives it.
      expect(b?.page, sheet).toEqual({ ...a?.page, fitToWidth: a?.page.fitToWidth ?? 1 });
      expect(b?.merged, sheet).toEqual(a?.merged);
      expect(b?.widths, sheet).toEqual(a?.widths);
      expect(b?.hiddenColumns, sheet).toEqual(a?.hiddenColumns);
      expect(b?.links, sheet).toEqual(a?.links);
      expect(b?.formulas, sheet).toEqual(a?.formulas);
      expect(b?.styles, sheet).toEqual(a?.styles);
      expect(b?.results, sheet).toEqual(a?.results);
    }
    // Every answer cell keeps its dropdown (or number check), and those it lacked get one.
    const validated = after?.properties['LKE ZI']?.validated ?? {};
    for (const [cell, rule] of Object.entries(before?.properties['LKE ZI']?.validated ?? {})) {
      expect(validated[cell], cell).toEqual(rule);
    }
    for (const answerable of session.index.answerableOrder) {
      const row = imported.layout.rows[answerable.id] as number;
      if (answerable.kind === 'input' && after?.properties['LKE ZI']?.formulas[`K${row + 1}`]) continue;
      expect(validated[`K${row + 1}`], answerable.id).toBeDefined();
    }
  });

  it('shows the workbook as imported again once the edits are undone (each export starts from the original)', async () => {
    undo(session, 1, 'tester');
    const path = join(folder, 'undone.xlsx');
    const result = await exportDocument(session, { format: 'lke', path });
    expect(result.notices.map((n) => n.code)).not.toContain('export.reviewerColumnsAdded');
    const again = await importWorkbook(path);
    again.engine.destroy();
    for (const id of recordIds(session.index)) {
      expect(compared(again.records[id]), id).toEqual(compared(imported.records[id]));
    }
    const cells = { 'LKE ZI': ['K9', 'O9', 'P11', 'Q11', 'L208', 'R2', 'S208'] };
    const read = workbookProperties([untouched, path], cells);
    const [before, after] = [read[untouched]?.properties, read[path]?.properties];
    for (const sheet of ['Utama', 'Ctt Eval', 'LKE ZI']) {
      expect(after?.[sheet]?.formulas, sheet).toEqual(before?.[sheet]?.formulas);
      expect(after?.[sheet]?.results, sheet).toEqual(before?.[sheet]?.results);
      expect(after?.[sheet]?.styles, sheet).toEqual(before?.[sheet]?.styles);
      expect(after?.[sheet]?.validated, sheet).toEqual(before?.[sheet]?.validated);
      expect(after?.[sheet]?.widths, sheet).toEqual(before?.[sheet]?.widths);
    }
  });
});
