import type { GroupLevel, Template, TemplateNode } from '../template/template-schema';

/**
 * What does not add up in a template being edited, checked on every change (issue 26): a group's
 * children against its weight ("Bobot komponen Pengungkit: 58 dari 60"), the components against the
 * stated maximum (100), a group with nothing to score, a question without a weight where weights are
 * added, an answer type that cannot score. Each names the node by level and title.
 */
export type EditorProblem =
  | { code: 'weights'; id: string; level: GroupLevel; title: string; sum: number; weight: number }
  | { code: 'empty'; id: string; level: GroupLevel; title: string }
  | { code: 'unweighted'; id: string; title: string }
  | { code: 'untitled'; id: string }
  | { code: 'typeOptions'; label: string }
  | { code: 'typeKeys'; label: string }
  | { code: 'typeRange'; label: string };

/** Weights are added in hundredths: 33,33 + 33,33 + 33,34 is 100. */
const TOLERANCE = 1e-6;

export function editorProblems(template: Template): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const visit = (node: TemplateNode): void => {
    if (!node.title.trim()) problems.push({ code: 'untitled', id: node.id });
    if (node.kind !== 'group') return;
    const { id, level, title, weight } = node;
    if (node.children.length === 0 && level !== 'root') problems.push({ code: 'empty', id, level, title });
    if (node.aggregate === 'sum') {
      let sum = 0;
      for (const child of node.children) {
        if (child.kind === 'indicator' && child.weight === undefined) {
          problems.push({ code: 'unweighted', id: child.id, title: child.title });
        }
        sum += child.weight ?? 0;
      }
      const rounded = Math.round(sum * 1e6) / 1e6;
      if (node.children.length && Math.abs(sum - weight) > TOLERANCE)
        problems.push({ code: 'weights', id, level, title, sum: rounded, weight });
      if (level === 'root' && node.children.length === 0)
        problems.push({ code: 'weights', id, level, title, sum: 0, weight });
    }
    node.children.forEach(visit);
  };
  visit(template.root);
  for (const type of template.answerTypes) {
    if (type.kind === 'choice') {
      if (type.options.length < 2) problems.push({ code: 'typeOptions', label: type.label });
      const keys = type.options.map((o) => o.key.trim());
      if (keys.some((k) => !k) || new Set(keys).size !== keys.length)
        problems.push({ code: 'typeKeys', label: type.label });
    }
    if (type.kind === 'number' && !(type.max > type.min))
      problems.push({ code: 'typeRange', label: type.label });
  }
  return problems;
}

/** The problems that name a node (shown beside it in the tree). */
export function problemsOf(problems: EditorProblem[], id: string): EditorProblem[] {
  return problems.filter((p) => 'id' in p && p.id === id);
}
