import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { openDocuments } from '../../service/documents/open-documents';
import { api, tempFolder } from '../documents/support';
import { referenceDir } from '../fixtures/workbooks/reference-models';

// The two-year BPS workbook names its agency above the LKE: 'LKE '!B2 "INSTANSI : " and F2 "Badan Pusat
// Statistik" (read with openpyxl).
const BPS = join(referenceDir, 'workbooks', 'lke-rb-2015-bps.xlsx');

describe('the agency named on the sheet', () => {
  const before = process.env.RBW_DATA_DIR;
  process.env.RBW_DATA_DIR = tempFolder();
  afterAll(() => {
    openDocuments.closeAll();
    if (before === undefined) delete process.env.RBW_DATA_DIR;
    else process.env.RBW_DATA_DIR = before;
  });

  it('is read from the "INSTANSI :" line of the two-year BPS workbook', async () => {
    const imported = await importWorkbook(BPS);
    try {
      expect(imported.agency).toBe('Badan Pusat Statistik');
    } finally {
      imported.engine.destroy();
    }
  }, 120_000);

  it("goes into the document's details when the window imports the workbook", async () => {
    const view = await api()('app.importWorkbook', { path: BPS });
    expect(view.metadata).toMatchObject({ agency: 'Badan Pusat Statistik', year: 2015 });
  }, 120_000);
});
