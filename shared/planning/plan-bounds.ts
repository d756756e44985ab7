import type { Scorer } from '../scoring/scorer';
import type { Group } from '../template/template-schema';
import type { GainBound } from './plan-solver';
import type { PlanTarget } from './plan-target';
import { totalNeeded } from './plan-target';

/** The gains a target asks of the blocks, as bounds of the 0–1 programme. */
export function boundsFor(scorer: Scorer, target: PlanTarget): GainBound[] {
  const { template } = scorer;
  const total = scorer.total();
  const needed = totalNeeded(target, template);
  if (needed !== null) return [{ key: 'total', nodes: 'total', atLeast: needed - total }];
  if (target.kind !== 'predicate') return [];
  const predicate = (template.predicates ?? []).find((p) => p.id === target.predicate);
  const bounds: GainBound[] = [];
  for (const condition of predicate?.conditions ?? []) {
    if (condition.kind === 'minimum') {
      if (condition.node === template.root.id) {
        bounds.push({ key: 'total', nodes: 'total', atLeast: condition.threshold - total });
      } else {
        const value = scorer.node(condition.node)?.value ?? 0;
        bounds.push({ key: condition.id, nodes: [condition.node], atLeast: condition.threshold - value });
      }
      continue;
    }
    const areas = areasUnder(scorer, condition.scope);
    const shareBound = (key: string, nodes: Group[]): GainBound => {
      const max = nodes.reduce((s, n) => s + n.weight, 0);
      const value = nodes.reduce((s, n) => s + scorer.group(n.id).value, 0);
      return { key, nodes: nodes.map((n) => n.id), atLeast: condition.share * max - value - 1e-9 };
    };
    // Every half reaching its share makes every whole area reach it: `both` needs only the halves.
    if (target.reading === 'whole') {
      const byKey = new Map<string, Group[]>();
      for (const area of areas)
        byKey.set(area.areaKey ?? area.id, [...(byKey.get(area.areaKey ?? area.id) ?? []), area]);
      for (const [key, nodes] of byKey) bounds.push(shareBound(`${condition.id}:whole:${key}`, nodes));
    }
    if (target.reading !== 'whole') {
      for (const area of areas) bounds.push(shareBound(`${condition.id}:half:${area.id}`, [area]));
    }
  }
  return bounds;
}

/** The areas under a group (a predicate condition's scope). */
function areasUnder(scorer: Scorer, scopeId: string): Group[] {
  const found: Group[] = [];
  const visit = (group: Group): void => {
    if (group.level === 'area') found.push(group);
    else group.children.forEach((c) => c.kind === 'group' && visit(c));
  };
  const scope = scorer.index.groups.get(scopeId);
  if (scope) visit(scope);
  return found;
}
