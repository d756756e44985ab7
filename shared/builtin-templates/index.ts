import type { Template } from '../template/template-schema';
import { TemplateSchema } from '../template/template-schema';
import zi2021 from './zi-2021.json';
import zi2026 from './zi-2026.json';
import rb2014 from './rb-2014.json';
import pmprb2015 from './pmprb-2015-pusat.json';

const RAW: Record<string, unknown> = {
  'zi-2021': zi2021,
  'zi-2026': zi2026,
  'rb-2014': rb2014,
  'pmprb-2015-pusat': pmprb2015,
};
const parsed = new Map<string, Template>();

/** Ids of the templates shipped with the workbench. */
export const BUILTIN_TEMPLATE_IDS = Object.keys(RAW);

/** A built-in template by id (validated once, on first use), or undefined. */
export function builtinTemplate(id: string): Template | undefined {
  const cached = parsed.get(id);
  if (cached) return cached;
  const raw = RAW[id];
  if (raw === undefined) return undefined;
  const template = TemplateSchema.parse(raw);
  parsed.set(id, template);
  return template;
}

export function builtinTemplates(): Template[] {
  return BUILTIN_TEMPLATE_IDS.map((id) => builtinTemplate(id) as Template);
}
