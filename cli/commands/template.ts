import { existsSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ProblemError } from '../../shared/problem';
import type { Command } from '../main';
import { UsageError } from '../main';
import { parseOptions } from './parse-options';
import { questionCount } from './templates';

/**
 * `rbw template from FILE --id ID --name NAME [--version V]`: a template from a workbook, saved among the
 * user's templates; `rbw template export ID --out F`: a template as a `.rbwt` file for another machine;
 * `rbw template add F`: a template file among the user's templates (a newer version replaces the older).
 */
export const templateCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, {
    id: { type: 'string' },
    name: { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
  });
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
      const file = store.readTemplateFile(resolve(need(target, 'F')));
      const { replaced } = store.saveUserTemplate(file);
      io.out(
        t(replaced ? 'templateFile.replaced' : 'templateFile.saved', {
          id: file.template.id,
          title: file.template.title,
          questions: questionCount(file.template),
        }),
      );
      return;
    }
    default:
      throw new UsageError(t('templateFile.usage'));
  }
};
