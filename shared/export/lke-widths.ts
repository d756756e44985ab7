import type { LkeColumns } from './lke-columns';
import type { PlannedColumn } from './sheet-plan';

/** Column widths of an LKE sheet, close to the official workbooks' (in Excel's character units). */
export function columnWidths(columns: LkeColumns): PlannedColumn[] {
  const widths: PlannedColumn[] = [];
  const put = (col: number | undefined, width: number, wrap = false): void => {
    if (col !== undefined) widths.push({ col, width, ...(wrap ? { wrap } : {}) });
  };
  put(columns.id, 16);
  put(columns.soal, 6);
  [4, 5, 4, 4.5, 4, 52].forEach((width, i) => put(columns.hierarchy + i, width, i === 5));
  put(columns.weight, 8);
  put(columns.guidance, 50, true);
  put(columns.type, 14);
  put(columns.answer, 14);
  put(columns.value, 11);
  put(columns.percent, 9);
  put(columns.note, 45, true);
  put(columns.evidence, 45, true);
  put(columns.link, 40, true);
  put(columns.reviewer.answer, 12);
  put(columns.reviewer.value, 11);
  put(columns.reviewer.note, 40, true);
  put(columns.pokja, 18);
  put(columns.status, 10);
  put(columns.targetMonth, 12);
  return widths.sort((a, b) => a.col - b.col);
}
