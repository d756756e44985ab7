import type { Template } from '../../template/template-schema';
import { indexTemplate } from '../../template/template-index';
import type { ColumnMap } from '../read/layout';
import type { SheetData } from '../read/sheet-data';
import { textAt } from '../read/sheet-data';

const ENOUGH = 0.8;

/** A built-in template whose official upload cell map fits the sheet, and the row of each answerable. */
export interface BuiltinMatch {
  template: Template;
  rows: Record<string, number>;
}

/**
 * An upload sheet (the 2026 `Jawaban` sheet of the national portal) carries answers but neither weights
 * nor formulas, so no template can be derived from it. When a built-in template's cell map names this
 * sheet and its questions stand on the rows the map gives, that template is the sheet's.
 */
export function matchBuiltinTemplate(
  sheet: SheetData,
  columns: ColumnMap,
  templates: Template[],
): BuiltinMatch | null {
  for (const template of templates) {
    const rows: Record<string, number> = {};
    let checked = 0;
    let fitting = 0;
    for (const answerable of indexTemplate(template).answerableOrder) {
      const node = answerable.kind === 'input' ? answerable.input : answerable.indicator;
      const { portalSheet, portalRow } = node.refs ?? {};
      if (typeof portalSheet !== 'string' || typeof portalRow !== 'number') continue;
      if (portalSheet.trim().toLowerCase() !== sheet.name.trim().toLowerCase()) break;
      rows[answerable.id] = portalRow - 1;
      checked++;
      if (titleFits(rowText(sheet, portalRow - 1, columns), node.title)) fitting++;
    }
    if (checked && fitting / checked >= ENOUGH) return { template, rows };
  }
  return null;
}

function rowText(sheet: SheetData, row: number, columns: ColumnMap): string {
  const parts: string[] = [];
  for (let col = columns.hierarchy.first; col <= columns.hierarchy.last; col++)
    parts.push(textAt(sheet, row, col));
  return normalise(parts.join(' '));
}

function titleFits(text: string, title: string): boolean {
  const start = normalise(title).slice(0, 30);
  return start.length > 0 && text.includes(start);
}

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
