import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { BUILTIN_TEMPLATE_IDS, builtinTemplate, builtinTemplates } from '../../shared/builtin-templates';
import { ProblemError } from '../../shared/problem';
import type { TemplateFile } from '../../shared/template/template-file';
import {
  parseTemplateFile,
  TEMPLATE_FILE_EXTENSION,
  TEMPLATE_FILE_LIMITS,
  templateFileOf,
} from '../../shared/template/template-file';
import type { Template } from '../../shared/template/template-schema';
import { dataDir } from '../workbench/data-dir';

/** The user's templates: one `.rbwt` file per id in the workbench's data folder (`templates/`). */
export function templatesDir(): string {
  const dir = join(dataDir(), 'templates');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface TemplateEntry {
  template: Template;
  builtin: boolean;
  file?: TemplateFile;
}

/** Reads and checks a template file; a ProblemError naming the file and field when it is not one. */
export function readTemplateFile(path: string): TemplateFile {
  const name = basename(path);
  if (!existsSync(path)) throw new ProblemError([{ code: 'file.notFound', where: { file: name } }]);
  const size = statSync(path).size;
  if (size > TEMPLATE_FILE_LIMITS.bytes) {
    throw new ProblemError([
      {
        code: 'templateFile.tooLarge',
        params: { limit: TEMPLATE_FILE_LIMITS.bytes / 1024 / 1024 },
        where: { file: name },
      },
    ]);
  }
  const parsed = parseTemplateFile(readFileSync(path, 'utf8'), name);
  if (!parsed.ok) throw new ProblemError(parsed.problems);
  return parsed.value;
}

/** The user's templates that read; a damaged file in the folder is skipped, never fatal to the list. */
export function userTemplates(): TemplateEntry[] {
  const dir = templatesDir();
  const entries: TemplateEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(TEMPLATE_FILE_EXTENSION)) continue;
    try {
      const file = readTemplateFile(join(dir, name));
      entries.push({ template: file.template, builtin: false, file });
    } catch {
      // A file that does not read is not listed (`rbw template add` refused it, or it was damaged later).
    }
  }
  return entries;
}

/** Every template: the built-in ones first, then the user's. */
export function allTemplates(): TemplateEntry[] {
  return [...builtinTemplates().map((template) => ({ template, builtin: true })), ...userTemplates()];
}

/** A template by id (built-in or the user's), or a ProblemError listing the ids that exist. */
export function findTemplate(id: string, field = 'templateId'): TemplateEntry {
  const builtin = builtinTemplate(id);
  if (builtin) return { template: builtin, builtin: true };
  const path = userTemplatePath(id);
  if (path && existsSync(path)) {
    const file = readTemplateFile(path);
    return { template: file.template, builtin: false, file };
  }
  const ids = allTemplates().map((e) => e.template.id);
  throw new ProblemError([
    { code: 'template.unknown', params: { id, ids: ids.join(', ') }, where: { field } },
  ]);
}

function userTemplatePath(id: string): string | null {
  return /^[a-z0-9][a-z0-9._-]{0,63}$/i.test(id)
    ? join(templatesDir(), `${id}${TEMPLATE_FILE_EXTENSION}`)
    : null;
}

/**
 * Saves a template file among the user's (replacing an earlier version of the same id); a built-in id is
 * refused. Written to a temporary file first, so that a failure leaves the earlier version whole.
 * Returns whether it replaced one.
 */
export function saveUserTemplate(file: TemplateFile, from?: string): { path: string; replaced: boolean } {
  const id = file.template.id;
  if (BUILTIN_TEMPLATE_IDS.includes(id)) {
    throw new ProblemError([
      { code: 'templateFile.builtinId', params: { id }, where: { file: from, field: 'template.id' } },
    ]);
  }
  const path = userTemplatePath(id);
  if (!path)
    throw new ProblemError([{ code: 'templateFile.badId', params: { id }, where: { field: 'template.id' } }]);
  const replaced = existsSync(path);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify({ ...file, savedAt: new Date().toISOString() }));
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  return { path, replaced };
}

/** A template as a file to give to another machine: the user's own file, or a built-in one wrapped. */
export function templateFileFor(id: string): TemplateFile {
  const entry = findTemplate(id, 'id');
  return entry.file ?? templateFileOf(entry.template, { madeFrom: 'builtin' });
}

/** What a new document made from a template starts with: the template and, if it has one, its workbook. */
export function templateForNewDocument(id: string): {
  template: Template;
  sourceWorkbook?: { fileName: string; bytes: Buffer; layout: unknown };
} {
  const { template, file } = findTemplate(id);
  const workbook = file?.workbook;
  if (!workbook) return { template };
  return {
    template,
    sourceWorkbook: {
      fileName: workbook.fileName,
      bytes: Buffer.from(workbook.xlsx, 'base64'),
      layout: workbook.layout,
    },
  };
}
