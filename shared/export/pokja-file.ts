import { z } from 'zod';
import type { TemplateIndex } from '../template/template-index';
import { ancestorsOf } from '../template/template-index';
import type { TemplateNode } from '../template/template-schema';
import type { PokjaScope } from './pokja-scope';
import type { SheetPlan } from './sheet-plan';
import { plannedRow, setCell } from './sheet-plan';

/**
 * A pokja's file carries, in a hidden sheet, which document template and which pokja it was made for,
 * so that merging it back can refuse a file of another LKE or another pokja.
 */
export const POKJA_META_SHEET = 'rbw';
export const POKJA_FILE_FORMAT = 'rbw-pokja';

export const PokjaMetaSchema = z.object({
  format: z.literal(POKJA_FILE_FORMAT),
  version: z.coerce.number().int().min(1).max(2),
  template: z.string().min(1),
  pokja: z.string().min(1),
  document: z.string(),
  exportedAt: z.string(),
  /**
   * Version 2: the document's identity and its history revision at export; the value of every field
   * the file carries at that moment is in the hidden sheet `rbw-base` (shared/merge/pokja-base.ts).
   */
  documentUid: z.string().min(1).optional(),
  revision: z.coerce.number().int().min(0).optional(),
});
export type PokjaMeta = z.infer<typeof PokjaMetaSchema>;

/** The hidden sheet holding a pokja file's metadata, one key and value per row. */
export function planPokjaMetaSheet(meta: PokjaMeta): SheetPlan {
  const filled = Object.entries(meta).filter(([, value]) => value !== undefined);
  const rows = filled.map(([key, value], i) => {
    const row = plannedRow(i, 'plain');
    setCell(row, 0, { value: key });
    setCell(row, 1, { value: String(value), format: 'text' });
    return row;
  });
  return {
    name: POKJA_META_SHEET,
    hidden: true,
    columns: [
      { col: 0, width: 14 },
      { col: 1, width: 40 },
    ],
    rows,
    merges: [],
    validations: [],
  };
}

/** Reads the metadata rows back (key in A, value in B). */
export function readPokjaMeta(rows: [unknown, unknown][]): PokjaMeta | null {
  const entries = Object.fromEntries(
    rows.filter(([k]) => k !== null && k !== '').map(([k, v]) => [String(k), v === null ? '' : String(v)]),
  );
  const parsed = PokjaMetaSchema.safeParse(entries);
  return parsed.success ? parsed.data : null;
}

/** Whether a node lies in one of the pokja's areas (the area itself or anything under it). */
export function inPokjaAreas(index: TemplateIndex, scope: PokjaScope): (node: TemplateNode) => boolean {
  const areas = new Set(scope.areas.map((a) => a.id));
  return (node) => areas.has(node.id) || ancestorsOf(index, node.id).some((g) => areas.has(g.id));
}
