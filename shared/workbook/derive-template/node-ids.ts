import type { GroupLevel } from '../../template/template-schema';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The code-path convention of the built-in templates (scripts/templates/zi-common.ts), so that a
 * workbook of a known model gets the same ids as its built-in template: a node's id is the path of the
 * codes without trailing dots ("A.I.1.i.a"); a node without a code, or with "-", takes the letter of
 * its position among its siblings.
 */
export function childId(parentId: string, code: string | null, position: number): string {
  const own = normaliseCode(code) || (LETTERS[position] ?? String(position + 1));
  return parentId === 'ROOT' ? own : `${parentId}.${own}`;
}

export function normaliseCode(code: string | null): string {
  const trimmed = (code ?? '')
    .trim()
    .replace(/^\(/, '')
    .replace(/[.)]+$/, '');
  return trimmed === '-' || /^[–—•·*]$/.test(trimmed) ? '' : trimmed;
}

/** The code shown for a node: the workbook's own, or the generated letter with a dot. */
export function displayCode(code: string | null, position: number): string {
  const trimmed = (code ?? '').trim();
  if (normaliseCode(trimmed)) return trimmed;
  return `${LETTERS[position] ?? position + 1}.`;
}

/** Levels by depth, as in the built-in templates: deeper than an area is a sub-area. */
export function levelAt(depth: number): GroupLevel {
  return (['root', 'component', 'sub-component', 'area'] as const)[depth] ?? 'sub-area';
}

/** Areas split over Pemenuhan and Reform share a key made from their title. */
export function areaKey(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
