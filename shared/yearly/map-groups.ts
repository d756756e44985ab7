import type { TemplateIndex } from '../template/template-index';
import { normaliseQuestion } from './question-text';

/**
 * Last year's components, areas and sub-areas onto this year's (last year's id → this year's), so that
 * the change per area can be shown: the known rename, else the same code and title, else the only group
 * of the same level with the same title.
 */
export function mapGroups(
  last: TemplateIndex,
  current: TemplateIndex,
  renames: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const mapped = new Map<string, string>();
  const used = new Set<string>();
  const groups = [...current.groups.values()];
  for (const group of last.groups.values()) {
    const title = normaliseQuestion(group.title);
    const renamed = renames[group.id];
    const same = current.groups.get(group.id);
    const candidates = groups.filter(
      (g) => !used.has(g.id) && g.level === group.level && normaliseQuestion(g.title) === title,
    );
    const to =
      (renamed && current.groups.has(renamed) ? renamed : undefined) ??
      (group.id === current.template.root.id || group.level === 'root'
        ? current.template.root.id
        : undefined) ??
      (same && !used.has(same.id) && normaliseQuestion(same.title) === title ? same.id : undefined) ??
      (candidates.length === 1 ? candidates[0]!.id : undefined);
    if (to === undefined || used.has(to)) continue;
    mapped.set(group.id, to);
    used.add(to);
  }
  return mapped;
}
