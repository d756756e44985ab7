import type { SheetData } from './sheet-data';
import { textAt } from './sheet-data';

/** "INSTANSI :", "Nama Instansi:", "INSTANSI : Badan Pusat Statistik". */
const LABEL = /^\s*(?:nama\s+)?instansi\s*:?\s*(.*)$/i;

/**
 * The agency an LKE names above its table ("INSTANSI : " in one cell, the name further along its row, or
 * both in one cell); undefined when the rows above the header name none.
 */
export function agencyOnSheet(sheet: SheetData, headerRow: number): string | undefined {
  for (let row = 0; row < Math.min(headerRow, sheet.rows.length); row++) {
    const width = sheet.rows[row]?.length ?? 0;
    for (let col = 0; col < width; col++) {
      const label = LABEL.exec(textAt(sheet, row, col));
      if (!label) continue;
      const inline = (label[1] ?? '').trim();
      if (inline) return inline;
      for (let next = col + 1; next < width; next++) {
        const name = textAt(sheet, row, next).trim().replace(/^:\s*/, '');
        if (name) return name;
      }
    }
  }
  return undefined;
}
