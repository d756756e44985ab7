import { existsSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ProblemError } from '../../shared/problem';
import type { Command } from '../main';
import { UsageError } from '../main';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';
import { questionCount } from './templates';

/**
 * `rbw template from FILE --id ID --name NAME [--version V]`: a template from a workbook, saved among the
 * user's templates; `rbw template export ID --out F`: a template as a `.rbwt` file for another machine;
 * `rbw template add F`: a template file among the user's templates (a newer version replaces the older);
 * `rbw template move DOC --out NEW [--to ID] [--json]`: the document moved to the current version of its
 * template (a new document), listing what moved, what was dropped and what is new.
 */
export const templateCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.template.options);
  const [action, target] = positionals;
  const store = await import('../../service/api/templates');
  const need = (value: string | undefined, name: string): string => {
    if (!value) throw new UsageError(t('cli.missingArgument', { name }));
    return value;
  };
  switch (action) {
    case 'from': {
      const file = need(target, 'FILE');
      const made = await store.templateFromWorkbook(resolve(file), {
        id: need(values.id, '--id'),
        name: need(values.name, '--name'),
        version: values.version,
      });
      const { replaced } = store.saveUserTemplate(made);
      io.out(
        t(replaced ? 'templateFile.replaced' : 'templateFile.saved', {
          id: made.template.id,
          title: made.template.title,
          questions: questionCount(made.template),
        }),
      );
      if (made.workbook) io.out(t('templateFile.withWorkbook', { file: made.workbook.fileName }));
      return;
    }
    case 'export': {
      const id = need(target, 'ID');
      const out = resolve(need(values.out, '--out'));
      const file = store.templateFileFor(id);
      if (existsSync(out)) {
        throw new ProblemError([{ code: 'templateFile.exists', where: { file: basename(out) } }]);
      }
      const temp = `${out}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, JSON.stringify(file, null, 1) + '\n');
        renameSync(temp, out);
      } finally {
        rmSync(temp, { force: true });
      }
      io.out(t('templateFile.exported', { id, file: basename(out) }));
      return;
    }
    case 'add': {
      const path = resolve(need(target, 'F'));
      const file = store.readTemplateFile(path);
      const { replaced } = store.saveUserTemplate(file, basename(path));
      io.out(
        t(replaced ? 'templateFile.replaced' : 'templateFile.saved', {
          id: file.template.id,
          title: file.template.title,
          questions: questionCount(file.template),
        }),
      );
      return;
    }
    case 'move': {
      const doc = resolve(need(target, 'DOC'));
      const out = resolve(need(values.out, '--out'));
      const moved = await store.moveDocumentToVersion(doc, out, {
        templateId: values.to,
        author: values.author,
      });
      const { records: _records, ...report } = moved;
      if (values.json) {
        io.out(JSON.stringify(report, null, 2));
        return;
      }
      io.out(
        t('templateFile.moved', {
          file: basename(out),
          from: `${moved.from.id} ${moved.from.version}`,
          to: `${moved.to.id} ${moved.to.version}`,
          kept: moved.kept,
          moved: moved.moved.length,
          dropped: moved.dropped.length,
          added: moved.added.length,
        }),
      );
      for (const m of moved.moved)
        io.out(`  ${t('templateFile.movedItem')} ${m.from} → ${m.to} (${m.how}) ${m.toTitle}`);
      for (const d of moved.dropped) {
        io.out(
          `  ${t('templateFile.droppedItem')} ${d.from} ${d.title}${d.answer === null ? '' : ` [${d.answer}]`}`,
        );
      }
      for (const a of moved.added) io.out(`  ${t('templateFile.addedItem')} ${a.id} ${a.title}`);
      return;
    }
    default:
      throw new UsageError(t('templateFile.usage'));
  }
};
