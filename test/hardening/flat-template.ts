import { largeTemplate } from '../support/large-template';
import type { Group, Indicator, Template } from '../../shared/template/template-schema';

/**
 * A template of `items` indicators all in one sub-area (under one component and one area), the shape
 * that made opening quadratic: every indicator's "gain" rescored the whole sub-area. Opened by
 * test/hardening/large-template.test.ts (bounded by its timeout) and timed by the bench (bench/cases/bounds.ts).
 */
export function flatTemplate(items: number): Template {
  const template = largeTemplate(10);
  const indicators: Indicator[] = [];
  const collect = (group: Group): void =>
    group.children.forEach((c) => (c.kind === 'group' ? collect(c) : indicators.push(c)));
  collect(template.root);
  const [component] = template.root.children as Group[];
  const [area] = (component as Group).children as Group[];
  const [subArea] = (area as Group).children as Group[];
  const copies = Array.from({ length: Math.ceil(items / indicators.length) }, (_, copy) =>
    indicators.map((indicator) => renamed(indicator, copy)),
  ).flat();
  (subArea as Group).children = copies.slice(0, items);
  (subArea as Group).weight = 100;
  (area as Group).children = [subArea as Group];
  (area as Group).weight = 100;
  (component as Group).children = [area as Group];
  (component as Group).weight = 100;
  template.root.children = [component as Group];
  return template;
}

/** An indicator (and its Jumlah inputs and formula references) under ids of its own copy. */
function renamed(indicator: Indicator, copy: number): Indicator {
  const json = JSON.stringify(indicator).replace(/"(C\d+\.A\d+\.S\d+\.[^"]*)"/g, `"$1.k${copy}"`);
  return JSON.parse(json) as Indicator;
}
