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

/**
 * `true` in the `rbw` bundle only (an esbuild define, scripts/build-cli.mjs), which validates these
 * templates when it is built and checks that the schema returns each one unchanged: its processes then
 * take them as they are instead of parsing them again (a cold parse of one is ~20 ms).
 */
declare const __RBW_BUILTIN_TEMPLATES_CHECKED__: boolean | undefined;
const checkedAtBuild =
  typeof __RBW_BUILTIN_TEMPLATES_CHECKED__ !== 'undefined' && __RBW_BUILTIN_TEMPLATES_CHECKED__;

/** Ids of the templates shipped with the workbench. */
export const BUILTIN_TEMPLATE_IDS = Object.keys(RAW);

/** A built-in template by id (validated once, on first use), or undefined. */
export function builtinTemplate(id: string): Template | undefined {
  const cached = parsed.get(id);
  if (cached) return cached;
  const raw = RAW[id];
  if (raw === undefined) return undefined;
  const template = checkedAtBuild ? (raw as Template) : TemplateSchema.parse(raw);
  parsed.set(id, template);
  return template;
}

export function builtinTemplates(): Template[] {
  return BUILTIN_TEMPLATE_IDS.map((id) => builtinTemplate(id) as Template);
}
