import { kindOf } from '../answers/kinds';
import type { Problem, Result } from '../problem';
import { fail, ok } from '../problem';
import type { Group, Template, TemplateNode } from './template-schema';
import { TemplateSchema } from './template-schema';

const WEIGHT_TOLERANCE = 1e-9;

/** Parses and checks a template coming from a file or the network; problems name the field. */
export function parseTemplate(data: unknown, file?: string): Result<Template> {
  const parsed = TemplateSchema.safeParse(data);
  if (!parsed.success) {
    const newer =
      typeof data === 'object' && data !== null && (data as { schemaVersion?: unknown }).schemaVersion;
    if (typeof newer === 'number' && newer > 1) {
      return fail({ code: 'template.newerVersion', params: { version: newer }, where: { file } });
    }
    return fail(
      ...parsed.error.issues.slice(0, 5).map((issue) => {
        const precise = specificIssue(issue);
        return {
          code: 'template.invalidField',
          params: { message: precise.message },
          where: { file, field: precise.path.join('.') },
        };
      }),
    );
  }
  const problems = checkTemplate(parsed.data);
  return problems.length
    ? fail(...problems.map((p) => ({ ...p, where: { ...p.where, file } })))
    : ok(parsed.data);
}

interface IssueLike {
  code?: string;
  message: string;
  path: PropertyKey[];
  errors?: IssueLike[][];
}

/**
 * A node that is neither a valid group nor a valid indicator fails as "invalid input" at the node: the
 * issue of the branch its `kind` chose names the field that is wrong (`…children.0.weight`).
 */
function specificIssue(issue: IssueLike): { message: string; path: PropertyKey[] } {
  if (issue.code !== 'invalid_union' || !issue.errors) return issue;
  const chosen = issue.errors.find((branch) => branch.length && !branch.some((i) => i.path[0] === 'kind'));
  const first = chosen?.[0];
  if (!first) return issue;
  const inner = specificIssue(first);
  return { message: inner.message, path: [...issue.path, ...inner.path] };
}

/**
 * Structural checks zod cannot express: unique ids, answer types and references that resolve, no gate
 * cycles, and weights that add up at every level.
 */
export function checkTemplate(template: Template): Problem[] {
  const problems: Problem[] = [];
  const types = new Map(template.answerTypes.map((t) => [t.label, t]));
  const seen = new Set<string>();
  const indicatorIds = new Set<string>();
  const claim = (id: string): void => {
    if (seen.has(id)) problems.push({ code: 'template.duplicateId', params: { id }, where: { field: id } });
    seen.add(id);
  };
  const visit = (node: TemplateNode): void => {
    claim(node.id);
    if (node.kind === 'group') {
      problems.push(...checkGroupWeights(node));
      node.children.forEach(visit);
      return;
    }
    indicatorIds.add(node.id);
    if (!types.has(node.answerType)) {
      problems.push({
        code: 'template.unknownAnswerType',
        params: { type: node.answerType },
        where: { field: node.id },
      });
    }
    const inputIds = new Set((node.inputs ?? []).map((i) => i.id));
    for (const input of node.inputs ?? []) {
      claim(input.id);
      const type = types.get(input.answerType);
      if (!type || !kindOf(type).derivationInput) {
        problems.push({
          code: 'template.inputNotCount',
          params: { type: input.answerType },
          where: { field: input.id },
        });
      }
    }
    const d = node.derive;
    if (d) {
      for (const ref of [...d.numerator, ...d.subtract, ...d.denominator, ...d.requires]) {
        if (!inputIds.has(ref))
          problems.push({ code: 'template.unknownInput', params: { ref }, where: { field: node.id } });
      }
    }
  };
  visit(template.root);
  problems.push(...checkGates(template, indicatorIds));
  return problems;
}

function checkGroupWeights(group: Group): Problem[] {
  const where = { field: group.id };
  if (group.aggregate === 'average') {
    const nested = group.children.find((c) => c.kind === 'group');
    return nested ? [{ code: 'template.averageOverGroup', params: { id: group.id }, where }] : [];
  }
  let sum = 0;
  for (const child of group.children) {
    if (child.kind === 'indicator' && child.weight === undefined) {
      return [{ code: 'template.unweightedInSum', params: { id: child.id }, where: { field: child.id } }];
    }
    sum += child.weight ?? 0;
  }
  if (Math.abs(sum - group.weight) > WEIGHT_TOLERANCE) {
    return [
      { code: 'template.weightsDoNotAddUp', params: { id: group.id, weight: group.weight, sum }, where },
    ];
  }
  return [];
}

function checkGates(template: Template, indicatorIds: Set<string>): Problem[] {
  const gates = new Map<string, string>();
  const collect = (node: TemplateNode): void => {
    if (node.kind === 'group') return node.children.forEach(collect);
    if (node.gate) gates.set(node.id, node.gate.source);
  };
  collect(template.root);
  const problems: Problem[] = [];
  for (const [id, source] of gates) {
    if (!indicatorIds.has(source)) {
      problems.push({ code: 'template.unknownGateSource', params: { ref: source }, where: { field: id } });
      continue;
    }
    const visited = new Set([id]);
    for (let at: string | undefined = source; at !== undefined; at = gates.get(at)) {
      if (visited.has(at)) {
        problems.push({ code: 'template.gateCycle', params: { id }, where: { field: id } });
        break;
      }
      visited.add(at);
    }
  }
  return problems;
}
