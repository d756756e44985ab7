import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../template/check-template';
import type { Group, TemplateNode } from '../template/template-schema';
import { builtinTemplate, BUILTIN_TEMPLATE_IDS } from '.';

/** Every group's weight against the sum of what is below it, recomputed here without the checker. */
function weightMismatches(node: TemplateNode): string[] {
  if (node.kind !== 'group') return [];
  const below = node.children.filter((c) => c.kind === 'group' || c.weight !== undefined);
  const own =
    node.aggregate === 'sum' && below.length
      ? Math.abs(below.reduce((s, c) => s + (c.weight ?? 0), 0) - node.weight) > 1e-9
        ? [`${node.id}: ${node.weight}`]
        : []
      : [];
  return [...own, ...node.children.flatMap(weightMismatches)];
}

const groupsAt = (root: Group, level: Group['level']): Group[] => {
  const found: Group[] = [];
  const visit = (g: Group) => {
    if (g.level === level) found.push(g);
    g.children.forEach((c) => c.kind === 'group' && visit(c));
  };
  visit(root);
  return found;
};

describe.each(BUILTIN_TEMPLATE_IDS.filter((id) => id.startsWith('zi-')))('built-in ZI template %s', (id) => {
  const template = builtinTemplate(id);
  if (!template) throw new Error(id);

  it('passes the structural checks', () => {
    expect(checkTemplate(template)).toEqual([]);
  });

  it('has weights that add up at every level: 100 = Pengungkit 60 + Hasil 40, 30 + 30, 22,5 + 17,5', () => {
    expect(weightMismatches(template.root)).toEqual([]);
    expect(template.root.weight).toBe(100);
    expect(template.root.children.map((c) => [c.code, c.weight])).toEqual([
      ['A.', 60],
      ['B.', 40],
    ]);
    const subComponents = groupsAt(template.root, 'sub-component').map((g) => g.weight);
    expect(subComponents).toEqual([30, 30, 22.5, 17.5]);
  });

  it('has the six areas of change in both Pemenuhan and Reform, weighted 4 / 3,5 / 5 / 5 / 7,5 / 5', () => {
    const areas = groupsAt(template.root, 'area');
    expect(areas.map((a) => a.weight)).toEqual([4, 3.5, 5, 5, 7.5, 5, 4, 3.5, 5, 5, 7.5, 5]);
    expect(new Set(areas.map((a) => a.areaKey)).size).toBe(6);
  });

  it('has 113 scored indicators', () => {
    let count = 0;
    const visit = (n: TemplateNode): void => (n.kind === 'group' ? n.children.forEach(visit) : void count++);
    visit(template.root);
    expect(count).toBe(113);
  });
});
