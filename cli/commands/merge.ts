import { basename } from 'node:path';
import { totalLine } from '../format-document';
import { withDocument } from '../api-call';
import type { Command } from '../main';
import { UsageError } from '../main';
import { parseOptions } from './parse-options';

/**
 * `rbw merge DOC POKJA.xlsx [--author NAME]`: takes a pokja's file (from `rbw export --pokja`) back
 * into the document as one undoable action, refusing it whole when it changes rows outside the pokja's
 * areas.
 */
export const mergeCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, { author: { type: 'string' } });
  const [path, file] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (!file) throw new UsageError(t('cli.missingArgument', { name: 'POKJA.xlsx' }));
  await withDocument(path, { author: values.author, notice: io.err, t }, async (view, call) => {
    const merged = await call('app.mergePokja', { documentId: view.documentId, path: file });
    const params = {
      file: basename(file),
      pokja: merged.pokja,
      document: view.fileName,
      count: merged.changed,
    };
    if (!merged.result) return io.out(t('merge.nothing', params));
    io.out(t('merge.done', params));
    io.out(totalLine(merged.result.scores, t));
  });
};
