import type { ProblemLocation } from '../problem';
import { ProblemError } from '../problem';
import { BUILTIN_TEMPLATE_IDS, builtinTemplate } from './index';
import type { Template } from '../template/template-schema';

/** A built-in template by id, or a ProblemError listing the ids that exist. */
export function requireTemplate(id: string, where: ProblemLocation = {}): Template {
  const template = builtinTemplate(id);
  if (template) return template;
  throw new ProblemError([
    { code: 'template.unknown', params: { id, ids: BUILTIN_TEMPLATE_IDS.join(', ') }, where },
  ]);
}
