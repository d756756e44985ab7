import { basename } from 'node:path';
import type { Command } from '../main';
import { UsageError } from '../main';
import { apiCaller } from '../api-call';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw new --template ID --out DOC [--agency …] [--unit …] [--year …] [--model …] [--from LAST]`: a new,
 * empty document, or one started from last year's document or workbook (`--from`).
 */
export const newCommand: Command = async (args, { io, t }) => {
  const { values } = parseOptions(args, COMMANDS.new.options);
  if (!values.template) throw new UsageError(t('cli.missingArgument', { name: '--template' }));
  if (!values.out) throw new UsageError(t('cli.missingArgument', { name: '--out' }));
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year)) throw new UsageError(t('document.badYear'));
  const call = apiCaller(values.author);
  const metadata = {
    ...(values.agency ? { agency: values.agency } : {}),
    ...(values.unit ? { unit: values.unit } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(values.model ? { model: values.model } : {}),
  };
  if (values.from) {
    const { startFromLastYear } = await import('./new-from-last-year');
    return startFromLastYear(
      call,
      { out: values.out, template: values.template, from: values.from, metadata },
      io,
      t,
    );
  }
  const view = await call('documents.create', { path: values.out, templateId: values.template, metadata });
  await call('documents.close', { documentId: view.documentId });
  io.out(
    t('document.created', {
      file: basename(values.out),
      template: view.template.title,
      questions: view.scores.unit.questions,
    }),
  );
};
