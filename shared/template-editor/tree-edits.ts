import type { Group, GroupLevel, Indicator, Template, TemplateNode } from '../template/template-schema';

/**
 * The template editor's changes to the tree (issue 26), each a pure function from a template to the next:
 * add, rename, recode, reweigh, move and remove components, areas, sub-areas and questions. A change that
 * makes no sense (moving a group into itself, removing the root, an unknown id) gives the template back
 * unchanged. Ids are never changed by an edit, so that a document moves to the next version by id.
 */

/** What a group of each level holds as groups (a sub-area holds questions only). */
export const CHILD_LEVEL: Record<GroupLevel, GroupLevel | null> = {
  root: 'component',
  component: 'area',
  'sub-component': 'area',
  area: 'sub-area',
  'sub-area': null,
};

const ID_PREFIX = { group: 'g', indicator: 'q', input: 'j' } as const;

function usedIds(template: Template): Set<string> {
  const used = new Set<string>();
  for (const node of allNodes(template)) {
    used.add(node.id);
    if (node.kind === 'indicator') for (const input of node.inputs ?? []) used.add(input.id);
  }
  return used;
}

/**
 * The id a new node gets from where it is made, as the built-in templates name theirs (`A`, `A.I`,
 * `A.I.a`), made unique (`A.I-2`) when a moved node took it already; ids never change afterwards.
 */
export function placeId(template: Template, parentId: string, code: string): string {
  const used = usedIds(template);
  const own = code.replace(/[^A-Za-z0-9]+/g, '');
  if (!own) return freshId(template, 'group');
  const base = parentId === template.root.id ? own : `${parentId}.${own}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Every node of the tree, depth first (the root first). */
export function allNodes(template: Template): TemplateNode[] {
  return nodesUnder(template.root);
}

/** A node and everything it holds, depth first. */
export function nodesUnder(top: TemplateNode): TemplateNode[] {
  const out: TemplateNode[] = [];
  const visit = (node: TemplateNode): void => {
    out.push(node);
    if (node.kind === 'group') node.children.forEach(visit);
  };
  visit(top);
  return out;
}

export function findNode(template: Template, id: string): TemplateNode | null {
  return allNodes(template).find((n) => n.id === id) ?? null;
}

/** The group holding `id`, or null for the root or an unknown id. */
export function parentOf(template: Template, id: string): Group | null {
  for (const node of allNodes(template)) {
    if (node.kind === 'group' && node.children.some((c) => c.id === id)) return node;
  }
  return null;
}

/** A fresh id that no node or input of the template uses (`g7`, `q12`, `j3`). */
export function freshId(template: Template, kind: keyof typeof ID_PREFIX): string {
  const used = usedIds(template);
  let n = used.size + 1;
  while (used.has(`${ID_PREFIX[kind]}${n}`)) n++;
  return `${ID_PREFIX[kind]}${n}`;
}

/** Replaces the node `id` by `change(node)` wherever it is; the tree is copied along the path only. */
export function mapNode(
  template: Template,
  id: string,
  change: (node: TemplateNode) => TemplateNode,
): Template {
  const visit = (node: TemplateNode): TemplateNode => {
    if (node.id === id) return change(node);
    if (node.kind !== 'group') return node;
    const children = node.children.map(visit);
    return children.every((c, i) => c === node.children[i]) ? node : { ...node, children };
  };
  const root = visit(template.root);
  return root === template.root ? template : { ...template, root: normalise(root as Group) };
}

/**
 * How a group adds up follows what it holds: a group holding groups adds their points (`sum`); a group
 * holding questions only takes their average share times its weight (`average`), unless the coordinator
 * chose to weigh each question (`sum` with a weight on every question, as the Hasil rows).
 */
function normalise(group: Group): Group {
  const children = group.children.map((c) => (c.kind === 'group' ? normalise(c) : c));
  const holdsGroups = children.some((c) => c.kind === 'group');
  const unweighted = children.some((c) => c.kind === 'indicator' && c.weight === undefined);
  const aggregate = holdsGroups ? 'sum' : unweighted ? 'average' : group.aggregate;
  const same = aggregate === group.aggregate && children.every((c, i) => c === group.children[i]);
  return same ? group : { ...group, aggregate, children };
}

function withChildren(
  template: Template,
  parentId: string,
  change: (children: TemplateNode[]) => TemplateNode[],
) {
  return mapNode(template, parentId, (node) =>
    node.kind === 'group' ? { ...node, children: change(node.children) } : node,
  );
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The code a new node gets from its place: A., B. for components, I., II. for areas, 1. for sub-areas, a. for questions. */
function codeFor(level: GroupLevel | 'indicator', index: number): string {
  if (level === 'component' || level === 'sub-component') return `${LETTERS[index % 26]?.toUpperCase()}.`;
  if (level === 'area') return `${ROMAN[index] ?? index + 1}.`;
  if (level === 'sub-area') return `${index + 1}.`;
  return `${LETTERS[index % 26]}.`;
}

/** A new group under `parentId` at the level below it, weight 0 until the coordinator gives one. */
export function addGroup(
  template: Template,
  parentId: string,
  title: string,
): { template: Template; id: string } {
  const parent = findNode(template, parentId);
  const level = parent?.kind === 'group' ? CHILD_LEVEL[parent.level] : null;
  if (!parent || parent.kind !== 'group' || !level) return { template, id: '' };
  const code = codeFor(level, parent.children.filter((c) => c.kind === 'group').length);
  const id = placeId(template, parentId, code);
  const group: Group = {
    kind: 'group',
    id,
    code,
    title,
    level,
    weight: 0,
    aggregate: 'average',
    children: [],
  };
  return { template: withChildren(template, parentId, (children) => [...children, group]), id };
}

/** A new question under `parentId`; under a group that weighs its questions it starts with weight 0. */
export function addQuestion(
  template: Template,
  parentId: string,
  title: string,
  answerType: string,
): { template: Template; id: string } {
  const parent = findNode(template, parentId);
  if (!parent || parent.kind !== 'group' || parent.level === 'root') return { template, id: '' };
  const code = codeFor('indicator', parent.children.filter((c) => c.kind === 'indicator').length);
  const id = placeId(template, parentId, code);
  const question: Indicator = {
    kind: 'indicator',
    id,
    code,
    title,
    answerType,
    ...(parent.aggregate === 'sum' ? { weight: 0 } : {}),
  };
  return { template: withChildren(template, parentId, (children) => [...children, question]), id };
}

export function rename(template: Template, id: string, title: string): Template {
  return mapNode(template, id, (node) => ({ ...node, title }));
}

export function setCode(template: Template, id: string, code: string): Template {
  return mapNode(template, id, (node) => ({ ...node, code }));
}

/** A group's weight (its points), or a question's weight under a group that weighs its questions. */
export function setWeight(template: Template, id: string, weight: number): Template {
  if (!Number.isFinite(weight) || weight < 0) return template;
  return mapNode(template, id, (node) => ({ ...node, weight }));
}

/** Average of its questions' shares, or the sum of their weights (a weight on each question). */
export function setAggregate(template: Template, id: string, aggregate: 'sum' | 'average'): Template {
  return mapNode(template, id, (node) => {
    if (node.kind !== 'group' || node.children.some((c) => c.kind === 'group')) return node;
    const children = node.children.map((c) =>
      c.kind === 'indicator' && aggregate === 'sum' && c.weight === undefined ? { ...c, weight: 0 } : c,
    );
    return { ...node, aggregate, children };
  });
}

/** Removes a node and what it holds; gates and predicates that named a removed question are dropped. */
export function remove(template: Template, id: string): Template {
  const parent = parentOf(template, id);
  if (!parent) return template;
  const gone = new Set(nodesUnder(findNode(template, id) as TemplateNode).map((n) => n.id));
  let next = withChildren(template, parent.id, (children) => children.filter((c) => c.id !== id));
  next = dropReferences(next, gone);
  return next;
}

function dropReferences(template: Template, gone: Set<string>): Template {
  let next = template;
  for (const node of allNodes(template)) {
    if (node.kind === 'indicator' && node.gate && gone.has(node.gate.source)) {
      next = mapNode(next, node.id, (n) => {
        const { gate: _gate, ...rest } = n as Indicator;
        return rest;
      });
    }
  }
  if (next.predicates) {
    const predicates = next.predicates
      .map((p) => ({
        ...p,
        conditions: p.conditions.filter(
          (c) => !(c.kind === 'minimum' ? gone.has(c.node) : gone.has(c.scope)),
        ),
      }))
      .filter((p) => p.conditions.length > 0);
    next = { ...next, predicates };
  }
  return next;
}

/** Whether `id` may go under `parentId`: a group at the level its new parent holds, a question under any non-root group. */
export function canMoveTo(template: Template, id: string, parentId: string): boolean {
  const node = findNode(template, id);
  const parent = findNode(template, parentId);
  if (!node || !parent || parent.kind !== 'group' || id === template.root.id) return false;
  if (node.kind === 'indicator') return parent.level !== 'root';
  if (nodesUnder(node).some((n) => n.id === parentId)) return false;
  return CHILD_LEVEL[parent.level] === node.level || (parent.level === 'root' && node.level === 'area');
}

/** Moves `id` under `parentId` at `index` (its end when omitted); the same template when it may not go there. */
export function move(template: Template, id: string, parentId: string, index?: number): Template {
  if (!canMoveTo(template, id, parentId)) return template;
  const node = findNode(template, id) as TemplateNode;
  const from = parentOf(template, id) as Group;
  const without = withChildren(template, from.id, (children) => children.filter((c) => c.id !== id));
  const target = findNode(without, parentId) as Group;
  const moved: TemplateNode =
    node.kind === 'indicator' && target.aggregate === 'sum' && node.weight === undefined
      ? { ...node, weight: 0 }
      : node;
  return withChildren(without, parentId, (children) => {
    const at = index === undefined ? children.length : Math.max(0, Math.min(index, children.length));
    return [...children.slice(0, at), moved, ...children.slice(at)];
  });
}

/** One place up (−1) or down (+1) among its siblings. */
export function moveBy(template: Template, id: string, delta: -1 | 1): Template {
  const parent = parentOf(template, id);
  if (!parent) return template;
  const at = parent.children.findIndex((c) => c.id === id);
  const to = at + delta;
  if (to < 0 || to >= parent.children.length) return template;
  return withChildren(template, parent.id, (children) => {
    const copy = [...children];
    const [node] = copy.splice(at, 1);
    copy.splice(to, 0, node as TemplateNode);
    return copy;
  });
}

/** The groups a node may move to, in tree order. */
export function moveTargets(template: Template, id: string): Group[] {
  return allNodes(template).filter(
    (n): n is Group =>
      n.kind === 'group' && n.id !== parentOf(template, id)?.id && canMoveTo(template, id, n.id),
  );
}
