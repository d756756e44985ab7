import type { AnswerRecord } from '../../records/answer-record';
import type { ColumnMap } from './layout';
import type { SheetData } from './sheet-data';
import { cellAt, textAt } from './sheet-data';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];

/**
 * The work-planning columns users add to their copy of the LKE (PIC/pokja, status, target month), read
 * into the record's fields when their content fits: a status the workbench does not know is left out.
 */
export function workFields(
  sheet: SheetData,
  row: number,
  columns: ColumnMap,
): Pick<AnswerRecord, 'pokja' | 'status' | 'targetMonth'> {
  const pokja = columns.pokja === undefined ? '' : textAt(sheet, row, columns.pokja);
  const status = columns.status === undefined ? '' : textAt(sheet, row, columns.status);
  const target =
    columns.targetMonth === undefined ? undefined : cellAt(sheet, row, columns.targetMonth)?.value;
  return { pokja: pokja || null, status: statusOf(status), targetMonth: monthOf(target) };
}

function statusOf(text: string): AnswerRecord['status'] {
  const lower = text.toLowerCase();
  if (/^(selesai|sudah|done|lengkap|tuntas)/.test(lower)) return 'selesai';
  if (/^(proses|dalam proses|sedang|on ?progress|berjalan)/.test(lower)) return 'proses';
  if (/^(belum|todo|to do)/.test(lower)) return 'belum';
  return null;
}

/** "2023-05", a date (an Excel serial number) or "Mei 2023" as YYYY-MM. */
function monthOf(value: unknown): string | null {
  if (typeof value === 'number' && value > 20000 && value < 80000) {
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  if (typeof value !== 'string') return null;
  const iso = /^(\d{4})-(0[1-9]|1[0-2])/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}`;
  const named = /^([a-z]{3})[a-z]*\s+(\d{4})$/i.exec(value.trim());
  const month = named ? MONTHS.indexOf((named[1] as string).toLowerCase()) : -1;
  return named && month >= 0 ? `${named[2]}-${String(month + 1).padStart(2, '0')}` : null;
}
