import type { Problem, Result } from '../../problem';
import { fail, ok } from '../../problem';
import { builtinTemplate } from '../../builtin-templates';
import { checkTemplate } from '../../template/check-template';
import type { Predicate } from '../../template/predicate-schema';
import type { Template, TemplateNode } from '../../template/template-schema';
import { TemplateSchema } from '../../template/template-schema';
import type { BuiltTemplate } from './build-template';

export interface TemplateIdentity {
  /** File name, for the title and the source. */
  file: string;
  sheet: string;
  /** Text above the header and the sheet name: where the model and year are named. */
  titleText: string;
  year?: number;
}

/**
 * The derived template as a complete, valid `Template`: its model and year read from the workbook's
 * title, an id that is the same for every workbook of the same structure, and for a Zona Integritas
 * workbook the Menuju WBK / WBBM predicates of the built-in template when its nodes are all there.
 */
export function assembleTemplate(built: BuiltTemplate, identity: TemplateIdentity): Result<Template> {
  const model = modelOf(`${identity.sheet} ${identity.titleText} ${built.root.title}`);
  const year = identity.year ?? yearOf(identity.titleText);
  const candidate = {
    format: 'rbw-template' as const,
    schemaVersion: 1,
    id: `lke-${model}-${year ?? 'x'}-${structureHash(built.root)}`,
    version: '1',
    title: `${MODEL_TITLES[model]}${year ? ` ${year}` : ''} (lembar "${identity.sheet.trim()}")`,
    model,
    ...(year ? { year } : {}),
    source: `${identity.file} › ${identity.sheet}`,
    unanswered: 'skip' as const,
    answerTypes: built.answerTypes,
    root: built.root,
  };
  const predicates = model === 'zi' ? ziPredicates(built.root) : [];
  const parsed = TemplateSchema.safeParse(predicates.length ? { ...candidate, predicates } : candidate);
  if (!parsed.success) {
    return fail(
      ...parsed.error.issues.slice(0, 3).map((issue): Problem => ({
        code: 'workbook.templateInvalid',
        params: { message: `${issue.path.join('.')}: ${issue.message}` },
      })),
    );
  }
  const problems = checkTemplate(parsed.data);
  if (problems.length) {
    return fail(
      ...problems.slice(0, 3).map((p): Problem => ({
        code: 'workbook.templateInvalid',
        params: { message: `${p.code} ${JSON.stringify(p.params ?? {})}` },
      })),
    );
  }
  return ok(parsed.data);
}

const MODEL_TITLES: Record<Template['model'], string> = {
  zi: 'LKE Zona Integritas',
  pmprb: 'LKE PMPRB',
  rb: 'LKE Reformasi Birokrasi',
  other: 'LKE',
};

function modelOf(text: string): Template['model'] {
  const upper = text.toUpperCase();
  if (/ZONA INTEGRITAS|\bWBK\b|\bWBBM\b|\bLKE ZI\b|\bZI\b/.test(upper)) return 'zi';
  if (/PMPRB/.test(upper)) return 'pmprb';
  if (/REFORMASI BIROKRASI|INDEKS RB|\bRB\b/.test(upper)) return 'rb';
  return 'other';
}

function yearOf(text: string): number | undefined {
  const match = /\btahun\s+((?:19|20)\d{2})\b/i.exec(text) ?? /\b(20\d{2})\b/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The built-in ZI predicates when every node they name exists in the derived tree. */
function ziPredicates(root: TemplateNode): Predicate[] {
  const ids = new Set<string>();
  const collect = (node: TemplateNode): void => {
    ids.add(node.id);
    if (node.kind === 'group') node.children.forEach(collect);
  };
  collect(root);
  const predicates = builtinTemplate('zi-2021')?.predicates ?? [];
  const fits = (p: Predicate): boolean =>
    p.conditions.every((c) => ids.has(c.kind === 'minimum' ? c.node : c.scope));
  return predicates.filter(fits);
}

/** FNV-1a over ids, weights and answer types: equal structures give equal ids. */
function structureHash(root: TemplateNode): string {
  let hash = 0x811c9dc5;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  const visit = (node: TemplateNode): void => {
    feed(`${node.id}|${node.weight ?? ''}|${node.kind === 'indicator' ? node.answerType : node.aggregate};`);
    if (node.kind === 'group') node.children.forEach(visit);
  };
  visit(root);
  return hash.toString(16).padStart(8, '0');
}
