import type { ColumnRole, HeaderLabel } from './header-labels';
import { isBlockLabel, readHeaderLabel } from './header-labels';
import type { SheetData, WorkbookData } from './sheet-data';
import { textAt } from './sheet-data';

/** How far down a sheet the header row is looked for: title blocks above it are a few rows at most. */
const SCAN_ROWS = 40;
const SHORT_LABEL = 40;
const ESSENTIAL: ColumnRole[] = ['type', 'weight', 'value', 'note', 'evidence', 'link', 'guidance'];

/** The header of an LKE: its sheet, its rows (one or two), and each column's label. */
export interface FoundHeader {
  sheet: SheetData;
  first: number;
  last: number;
  /** Combined header text of each column (the rows of the header joined, merged cells spread). */
  texts: string[];
  labels: (HeaderLabel | null)[];
}

/**
 * Finds the sheet and rows holding the LKE's header by what they say ("Bobot", "Pilihan Jawaban",
 * "Jawaban", "Nilai", "Catatan", "Bukti dukung", "Link"), never by position: the sheet may be named
 * anything, be hidden, and have title rows above. Visible sheets win ties.
 */
export function findHeader(workbook: WorkbookData): FoundHeader | null {
  let best: { found: FoundHeader; score: number } | null = null;
  for (const sheet of workbook.sheets) {
    const rows = Math.min(sheet.rows.length, SCAN_ROWS);
    for (let row = 0; row < rows; row++) {
      const found = headerAt(sheet, row);
      if (!found) continue;
      const score = scoreOf(found.labels) * 10 + (sheet.hidden ? 0 : 5);
      if (!best || score > best.score) best = { found, score };
    }
  }
  return best && isLkeHeader(best.found.labels) ? best.found : null;
}

function scoreOf(labels: (HeaderLabel | null)[]): number {
  const roles = new Set(labels.filter((l): l is HeaderLabel => l !== null).map((l) => l.role));
  return [...roles].filter((r) => r === 'answer' || ESSENTIAL.includes(r)).length;
}

/** An LKE header names an answer column and at least two of the other LKE columns. */
function isLkeHeader(labels: (HeaderLabel | null)[]): boolean {
  const roles = new Set(labels.map((l) => l?.role));
  return roles.has('answer') && ESSENTIAL.filter((r) => roles.has(r)).length >= 2;
}

function headerAt(sheet: SheetData, row: number): FoundHeader | null {
  const own = labelsOf(sheet, row, row, false);
  if (scoreOf(own.labels) < 2) return null;
  let first = row;
  let last = row;
  if (row > 0 && isLabelRow(sheet, row - 1)) first = row - 1;
  if (isLabelRow(sheet, row + 1)) last = row + 1;
  const combined = labelsOf(sheet, first, last);
  return { sheet, first, last, ...combined };
}

/** A row of short labels only ("2022", "TPI", "Jawaban", "Nilai"): part of a two-row header. */
function isLabelRow(sheet: SheetData, row: number): boolean {
  const cells = sheet.rows[row] ?? [];
  let labels = 0;
  for (let col = 0; col < cells.length; col++) {
    const text = textAt(sheet, row, col);
    if (!text) continue;
    if (text.length > SHORT_LABEL || typeof cells[col]?.value === 'number') return false;
    if (!isBlockLabel(text) && !readHeaderLabel(text)) return false;
    labels++;
  }
  return labels > 0;
}

/** Header texts of rows first..last by column; `fuzzy` reads typos too (slower, so not while scanning). */
function labelsOf(
  sheet: SheetData,
  first: number,
  last: number,
  fuzzy = true,
): Omit<FoundHeader, 'sheet' | 'first' | 'last'> {
  const width = Math.max(...[first, last].map((r) => sheet.rows[r]?.length ?? 0), 0);
  const texts: string[] = Array.from({ length: width }, () => '');
  for (let row = first; row <= last; row++) {
    for (let col = 0; col < width; col++) {
      const text = spreadText(sheet, row, col);
      if (text && !texts[col]?.includes(text)) texts[col] = `${texts[col]} ${text}`.trim();
    }
  }
  return { texts, labels: texts.map((t) => (t ? readHeaderLabel(t, fuzzy) : null)) };
}

/** The text shown at a cell, taking it from the top-left cell of a merged range that covers it. */
function spreadText(sheet: SheetData, row: number, col: number): string {
  const merge = sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return merge ? textAt(sheet, merge.top, merge.left) : textAt(sheet, row, col);
}
