import { allTemplates } from '../../service/api/templates';
import type { Template } from '../../shared/template/template-schema';
import type { Command } from '../main';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/** How many questions (scored indicators) a template has. */
export function questionCount(template: Template): number {
  let indicators = 0;
  const count = (node: Template['root']): void =>
    node.children.forEach((c) => (c.kind === 'group' ? count(c) : indicators++));
  count(template.root);
  return indicators;
}

/**
 * `rbw templates [--json]`: every template, the built-in ones and the user's (in the workbench's data
 * folder, added by `rbw template from` / `rbw template add`), with their size.
 */
export const templatesCommand: Command = async (args, { io, t }) => {
  const { values } = parseOptions(args, COMMANDS.templates.options);
  const rows = allTemplates().map(({ template, builtin, file }) => ({
    id: template.id,
    title: template.title,
    version: template.version,
    year: template.year,
    questions: questionCount(template),
    indicators: questionCount(template),
    builtin,
    ...(file?.workbook ? { workbook: file.workbook.fileName } : {}),
  }));
  if (values.json) {
    io.out(JSON.stringify(rows, null, 2));
    return;
  }
  const print = (row: (typeof rows)[number]): void =>
    io.out(`  ${row.id.padEnd(10)} ${row.title} (${row.questions} ${t('templates.indicators')})`);
  io.out(t('templates.heading'));
  rows.filter((r) => r.builtin).forEach(print);
  const own = rows.filter((r) => !r.builtin);
  if (own.length) {
    io.out(t('templateFile.ownHeading'));
    own.forEach((row) => print(row));
  }
};
