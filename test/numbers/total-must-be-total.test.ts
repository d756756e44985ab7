import { describe, expect, it } from 'vitest';
import { importWorkbookBytes } from '../../service/workbooks/import-workbook';
import { smallLkeWorkbook } from '../support/small-lke-workbook';

/**
 * A small LKE worked out by hand (sub-area i. = AVERAGE(Ya = 1, B = 0,5) × 4 = 3; ii. = AVERAGE(A = 1) × 6
 * = 6; A. = 9; B. = 3 ÷ 4 × 5 = 3,75; TOTAL J10 = 12,75, at most 10 + 5 = 15) with a stray cell M2 that
 * nothing reads and that adds the total and both components again: 12,75 + 9 + 3,75 = 25,5, everything
 * twice. It reads the most answers of any cell nothing reads, yet it is not the workbook's total.
 */
function lkeWithStrayCell(): Promise<Buffer> {
  return smallLkeWorkbook('SUM(J2,J8)', (sheet) => {
    sheet.getCell('K1').value = 'Keterangan';
    sheet.getCell('M2').value = { formula: 'J10+J2+J8' };
  });
}

describe('a total must be a total', () => {
  it('does not lead with a stray cell that adds everything twice, and names it with both figures', async () => {
    const imported = await importWorkbookBytes(await lkeWithStrayCell(), 'dobel.xlsx');
    try {
      expect(imported.totals.workbook).toBeCloseTo(12.75, 12);
      expect(imported.engine.total()).toBeCloseTo(12.75, 12);
      expect(imported.layout.total).toMatchObject({ row: 9, col: 9 });
      const stray = imported.findings.find((f) => f.where.cell === 'M2');
      expect(stray).toMatchObject({ code: 'finding.totalNotATotal', where: { sheet: 'Lembar Kerja' } });
      expect(stray?.params).toMatchObject({ value: '25,50', total: '12,75', totalCell: 'J10' });
    } finally {
      imported.engine.destroy();
    }
  });
});
