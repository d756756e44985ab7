import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ProblemError } from '../../shared/problem';
import {
  parseTemplateFile,
  templateFileOf,
  TEMPLATE_FILE_EXTENSION,
  TemplateIdSchema,
} from '../../shared/template/template-file';
import type { Template } from '../../shared/template/template-schema';
import { nextVersion } from '../../shared/template-editor/new-template';
import { findTemplate, readTemplateFile, saveUserTemplate, templatesDir } from './template-store';

/** A template for the editor: the template, whether it is built in, whether it carries a workbook. */
export function templateToEdit(id: string): { template: Template; builtin: boolean; withWorkbook: boolean } {
  const entry = findTemplate(id, 'id');
  return { template: entry.template, builtin: entry.builtin, withWorkbook: Boolean(entry.file?.workbook) };
}

/**
 * Saves a template made or changed in the editor among the user's templates, checked as a template file
 * is (weights that add up, references, gate cycles; the first problem names the field). Its version is
 * one more than the one saved before under that id ("1" for a new id); a workbook the earlier version
 * carried is not kept, since the tree no longer matches its rows. An id already taken is refused unless
 * the editor opened that template (`replace`).
 */
export function saveEditedTemplate(
  given: Template,
  replace: boolean,
): { template: Template; replaced: boolean; questions: number } {
  if (!TemplateIdSchema.safeParse(given.id).success) {
    throw new ProblemError([
      { code: 'templateFile.badId', params: { id: given.id.slice(0, 80) }, where: { field: 'id' } },
    ]);
  }
  const path = join(templatesDir(), `${given.id}${TEMPLATE_FILE_EXTENSION}`);
  const before = existsSync(path) ? readSavedVersion(path) : null;
  if (before !== null && !replace) {
    throw new ProblemError([
      { code: 'templateEditor.idTaken', params: { id: given.id }, where: { field: 'id' } },
    ]);
  }
  // Read back as any template file is (sizes, node count, text lengths, schema, weights, references), so
  // that what is saved is what `rbw template add` and "Baru" accept.
  const file = templateFileOf({ ...given, version: nextVersion(before) }, { madeFrom: 'editor' });
  const parsed = parseTemplateFile(JSON.stringify(file));
  if (!parsed.ok) throw new ProblemError(parsed.problems.slice(0, 1));
  const template = parsed.value.template;
  const { replaced } = saveUserTemplate(parsed.value);
  let questions = 0;
  const count = (node: Template['root']): void =>
    node.children.forEach((c) => (c.kind === 'group' ? count(c) : questions++));
  count(template.root);
  return { template, replaced, questions };
}

/** The version saved before; a damaged earlier file counts as version 1 (it is replaced). */
function readSavedVersion(path: string): string {
  try {
    return readTemplateFile(path).template.version;
  } catch {
    return '1';
  }
}
