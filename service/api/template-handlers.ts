import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TEMPLATE_OPERATIONS } from '../../shared/api/template-operations';
import { ProblemError } from '../../shared/problem';
import { readSourceWorkbook } from '../documents/attachments';
import { saveEditedTemplate, templateToEdit } from '../templates/edited-template';
import { saveUserTemplate } from '../templates/template-store';
import { onDocument } from './behaviours';
import type { Handler } from './handlers';

type TemplateHandlers = { [N in keyof typeof TEMPLATE_OPERATIONS]: Handler<N> };

/** The handlers of the template operations (shared/api/template-operations.ts). */
export const templateHandlers: TemplateHandlers = {
  'templates.fromDocument': onDocument(async (doc, { id, name }) => {
    const source = readSourceWorkbook(doc.session);
    if (!source)
      throw new ProblemError([{ code: 'templateFile.notImported', where: { file: doc.session.fileName } }]);
    const dir = mkdtempSync(join(tmpdir(), 'rbw-make-template-'));
    try {
      const copy = join(dir, 'source.xlsx');
      writeFileSync(copy, source.bytes);
      const { templateFromWorkbook } = await import('../templates/template-from-workbook');
      const made = await templateFromWorkbook(copy, { id, name, fileName: source.fileName });
      const { replaced } = saveUserTemplate(made);
      let questions = 0;
      const count = (node: typeof made.template.root): void =>
        node.children.forEach((c) => (c.kind === 'group' ? count(c) : questions++));
      count(made.template.root);
      return {
        id: made.template.id,
        title: made.template.title,
        version: made.template.version,
        questions,
        replaced,
        withWorkbook: made.workbook !== undefined,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }),
  'templates.get': async ({ id }) => templateToEdit(id),
  'templates.save': async ({ template, replace }) => {
    const saved = saveEditedTemplate(template, replace);
    return {
      id: saved.template.id,
      title: saved.template.title,
      version: saved.template.version,
      questions: saved.questions,
      replaced: saved.replaced,
    };
  },
};
