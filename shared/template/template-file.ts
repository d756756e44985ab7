import { z } from 'zod';
import type { Problem, Result } from '../problem';
import { fail, ok } from '../problem';
import { parseTemplate } from './check-template';
import type { Template } from './template-schema';

/**
 * A template file (`.rbwt`): JSON a coordinator sends or publishes so that every OPD starts from the same
 * model. It holds the template (tree, weights, answer types and option values, derived and gated rows,
 * categories and predicates, the workbook rows of every node in `refs`) and, for a template made from a
 * workbook that computes its own scores, that workbook emptied of answers with the reader's layout
 * (which sheet and cells hold what), so that a document made from it exports into the same workbook.
 */
export const TEMPLATE_FILE_FORMAT = 'rbw-template-file';
export const TEMPLATE_FILE_VERSION = 1;
export const TEMPLATE_FILE_EXTENSION = '.rbwt';

/** Bounds checked before anything else, so that a hostile file costs neither time nor memory. */
export const TEMPLATE_FILE_LIMITS = {
  /** The whole file (a workbook inside, base64). */
  bytes: 64 * 1024 * 1024,
  /** Groups, questions and `Jumlah` inputs together. */
  nodes: 5000,
  depth: 12,
  /** Any text: a title, a guidance, an option text. */
  text: 20_000,
  /** A name (the template's title, a node's title). */
  name: 1000,
  workbookBase64: 48 * 1024 * 1024,
};

/** Template ids: letters, digits, `-`, `_` and `.`, as they go into file names. */
export const TemplateIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'huruf, angka, - _ . (paling banyak 64)');

export const TemplateWorkbookSchema = z.object({
  fileName: z.string().min(1).max(255),
  /** The reader's WorkbookLayout (checked by the service when the workbook is opened). */
  layout: z.record(z.string(), z.unknown()),
  /** The .xlsx bytes, base64. */
  xlsx: z.string().min(1).max(TEMPLATE_FILE_LIMITS.workbookBase64),
});
export type TemplateWorkbook = z.infer<typeof TemplateWorkbookSchema>;

const EnvelopeSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  fileVersion: z.number().int().min(1),
  template: z.unknown(),
  workbook: TemplateWorkbookSchema.optional(),
  /** Where it was made from (a workbook's file name, "editor"), for the user's information. */
  madeFrom: z.string().max(TEMPLATE_FILE_LIMITS.name).optional(),
  savedAt: z.string().max(64).optional(),
  /** Ids renamed since the previous version (old id → new id), for moving documents to this one. */
  renames: z.record(z.string().max(200), z.string().max(200)).optional(),
});

export interface TemplateFile {
  format: typeof TEMPLATE_FILE_FORMAT;
  fileVersion: number;
  template: Template;
  workbook?: TemplateWorkbook | undefined;
  madeFrom?: string | undefined;
  savedAt?: string | undefined;
  renames?: Record<string, string> | undefined;
}

const one = (problem: Problem): Result<never> => fail(problem);

/**
 * Reads a template file's text: size, JSON, shape limits (node count, depth, text lengths), the
 * envelope, then the template's own schema and structural checks (weights that add up, references,
 * gate cycles). The first problem only, naming the field: a damaged or hostile file is refused in one line.
 */
export function parseTemplateFile(text: string, file?: string): Result<TemplateFile> {
  const where = (field?: string) => ({ file, ...(field ? { field } : {}) });
  if (text.length > TEMPLATE_FILE_LIMITS.bytes) {
    return one({
      code: 'templateFile.tooLarge',
      params: { limit: TEMPLATE_FILE_LIMITS.bytes / 1024 / 1024 },
      where: where(),
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return one({
      code: 'templateFile.notJson',
      params: { message: (error as Error).message },
      where: where(),
    });
  }
  const bounds = checkBounds(data);
  if (bounds) return one({ ...bounds, where: where(bounds.where?.field) });
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return one({
      code: 'templateFile.invalidField',
      params: { message: issue?.message ?? '' },
      where: where(issue?.path.join('.') || 'format'),
    });
  }
  if (envelope.data.fileVersion > TEMPLATE_FILE_VERSION) {
    return one({
      code: 'template.newerVersion',
      params: { version: envelope.data.fileVersion },
      where: where('fileVersion'),
    });
  }
  const parsed = parseTemplate(envelope.data.template, file);
  if (!parsed.ok) {
    const first = parsed.problems[0] as Problem;
    const field = first.where?.field;
    return one({ ...first, where: where(field ? `template.${field}` : 'template') });
  }
  const id = TemplateIdSchema.safeParse(parsed.value.id);
  if (!id.success) {
    return one({
      code: 'templateFile.badId',
      params: { id: parsed.value.id.slice(0, 80) },
      where: where('template.id'),
    });
  }
  return ok({ ...envelope.data, template: parsed.value });
}

/** The template file of a template (and its workbook), ready to be written as JSON. */
export function templateFileOf(
  template: Template,
  extra: { workbook?: TemplateWorkbook | undefined; madeFrom?: string; savedAt?: string } = {},
): TemplateFile {
  return {
    format: TEMPLATE_FILE_FORMAT,
    fileVersion: TEMPLATE_FILE_VERSION,
    template,
    ...(extra.workbook ? { workbook: extra.workbook } : {}),
    ...(extra.madeFrom ? { madeFrom: extra.madeFrom } : {}),
    ...(extra.savedAt ? { savedAt: extra.savedAt } : {}),
  };
}

/**
 * Walks the parsed JSON before any schema: too many nodes, too deep, a text too long. Returns the first
 * problem with the field's path, or null.
 */
function checkBounds(data: unknown): Problem | null {
  let nodes = 0;
  const limits = TEMPLATE_FILE_LIMITS;
  const visit = (value: unknown, path: string[], depth: number): Problem | null => {
    const field = path.join('.');
    if (depth > limits.depth * 4)
      return { code: 'templateFile.tooDeep', params: { limit: limits.depth }, where: { field } };
    if (typeof value === 'string') {
      if (field === 'workbook.xlsx') return null;
      const limit = /(^|\.)(title|id|code|label|key|version|source)$/.test(field) ? limits.name : limits.text;
      return value.length > limit
        ? { code: 'templateFile.textTooLong', params: { length: value.length, limit }, where: { field } }
        : null;
    }
    if (Array.isArray(value)) {
      if (path[path.length - 1] === 'children' || path[path.length - 1] === 'inputs') {
        nodes += value.length;
        if (nodes > limits.nodes) {
          return {
            code: 'templateFile.tooManyNodes',
            params: { count: countNodes(data), limit: limits.nodes },
            where: { field: 'template.root' },
          };
        }
      }
      for (let i = 0; i < value.length; i++) {
        const found = visit(value[i], [...path, String(i)], depth + 1);
        if (found) return found;
      }
      return null;
    }
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const found = visit(child, [...path, key], depth + 1);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(data, [], 0);
}

/** How many nodes a (too large) template claims, counted without recursion. */
function countNodes(data: unknown): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'children' || key === 'inputs') && Array.isArray(child)) count += child.length;
        stack.push(child);
      }
    }
  }
  return count;
}
