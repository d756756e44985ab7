import { builtinTemplates } from '../../shared/builtin-templates';
import type { Command } from '../main';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/** `rbw templates [--json]`: the built-in templates with their size. */
export const templatesCommand: Command = async (args, { io, t }) => {
  const { values } = parseOptions(args, COMMANDS.templates.options);
  const rows = builtinTemplates().map((template) => {
    let indicators = 0;
    const count = (node: (typeof template)['root']): void =>
      node.children.forEach((c) => (c.kind === 'group' ? count(c) : indicators++));
    count(template.root);
    return {
      id: template.id,
      title: template.title,
      version: template.version,
      year: template.year,
      indicators,
    };
  });
  if (values.json) {
    io.out(JSON.stringify(rows, null, 2));
    return;
  }
  io.out(t('templates.heading'));
  for (const row of rows)
    io.out(`  ${row.id.padEnd(10)} ${row.title} (${row.indicators} ${t('templates.indicators')})`);
};
