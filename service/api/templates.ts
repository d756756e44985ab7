/**
 * What the `rbw templates` and `rbw template` commands use of the service: the user's templates in the
 * workbench's data folder beside the built-in ones, and templates made from workbooks (loaded only by
 * `rbw template from`, which reads a workbook).
 */
export {
  allTemplates,
  readTemplateFile,
  saveUserTemplate,
  templateFileFor,
  templatesDir,
} from '../templates/template-store';
export type { TemplateEntry } from '../templates/template-store';

export async function templateFromWorkbook(
  ...args: Parameters<typeof import('../templates/template-from-workbook').templateFromWorkbook>
) {
  return (await import('../templates/template-from-workbook')).templateFromWorkbook(...args);
}

export async function moveDocumentToVersion(
  ...args: Parameters<typeof import('../templates/move-document').moveDocumentToVersion>
) {
  return (await import('../templates/move-document')).moveDocumentToVersion(...args);
}
