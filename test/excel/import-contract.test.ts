import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook, openWorkbookEngine } from '../../service/workbooks/import-workbook';
import { createDocument } from '../../service/documents/create-document';
import { WorkbookLayoutSchema } from '../../shared/workbook/read/layout';
import { FindingSchema } from '../../shared/workbook/findings/finding';
import { REAL_WORKBOOK } from '../fixtures/workbooks/reference-models';
import { api } from '../documents/support';

let imported: ImportedWorkbook;
let dir: string;
beforeAll(async () => {
  imported = await importWorkbook(REAL_WORKBOOK);
  dir = await mkdtemp(join(tmpdir(), 'rbw-import-contract-'));
});
afterAll(async () => {
  imported?.engine.destroy();
  await rm(dir, { recursive: true, force: true });
});

describe('what an import hands to documents and the UI', () => {
  it('rebuilds the live engine from the .xlsx bytes and the stored layout alone', async () => {
    const layout = WorkbookLayoutSchema.parse(JSON.parse(JSON.stringify(imported.layout)));
    const engine = await openWorkbookEngine(imported.xlsx, layout);
    try {
      expect(engine.total()).toBeCloseTo(95.57619047619048, 9);
      engine.setAnswer('A.II.5.iii.b.a.1', 13);
      // LHKASN 12/13 instead of 12/12: L183 falls by 1/13; row 175 averages L176 and L177, not L183.
      expect(engine.total()).toBeCloseTo(95.57619047619048, 9);
      engine.setAnswer('A.II.1.i.b.2', 7);
      // K133 1 → 7: K131 = 7/7 = 1 instead of 1/7: L127 = AVERAGE(1, 1) × 2 instead of AVERAGE(1, 1/7) × 2.
      expect(engine.total()).toBeCloseTo(95.57619047619048 + (1 - 1 / 7), 9);
    } finally {
      engine.destroy();
    }
  });

  it('keeps findings and layout as plain JSON that their schemas accept', () => {
    for (const finding of imported.findings) FindingSchema.parse(JSON.parse(JSON.stringify(finding)));
    expect(WorkbookLayoutSchema.safeParse(imported.layout).success).toBe(true);
  });

  it('creates a document from the derived template, the records and the original bytes', async () => {
    const path = join(dir, 'lke.rbw');
    await createDocument(path, {
      template: imported.template,
      records: imported.records,
      sourceWorkbook: { fileName: imported.file, bytes: imported.xlsx, layout: imported.layout },
      author: 'Tim RB',
    });
    const call = api('Tim RB');
    const view = await call('documents.open', { path });
    try {
      expect(view.template.id).toBe(imported.template.id);
      // The unit's answers as the workbook holds them (the LHKASN count of 12 behind 12/12 above), every
      // imported answer there.
      expect(view.records['A.II.5.iii.b.a.1']?.answer).toBe(12);
      const answered = Object.values(imported.records).filter((r) => r.answer !== null).length;
      expect(Object.values(view.records).filter((r) => r.answer !== null)).toHaveLength(answered);
      // Led by the workbook's own formulas (the stored bytes and layout): LibreOffice's 95,5762.
      expect(view.scores.unit.total).toBeCloseTo(95.57619047619048, 9);
    } finally {
      await call('documents.close', { documentId: view.documentId });
    }
  });
});
