import type { Command } from '../main';
import { UsageError } from '../main';
import { withDocument } from '../api-call';
import { totalLine } from '../format-document';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/** `rbw undo DOC [--steps N]` and `rbw redo DOC [--steps N]`: take back or do again the latest actions. */
const undoRedo =
  (direction: 'undo' | 'redo'): Command =>
  async (args, { io, t }) => {
    const { values, positionals } = parseOptions(args, COMMANDS.undo.options);
    const [path] = positionals;
    if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
    const steps = values.steps === undefined ? 1 : Number(values.steps);
    if (!Number.isInteger(steps) || steps < 1) throw new UsageError(t('history.badSteps'));
    await withDocument(path, { author: values.author, notice: io.err, t }, async (view, call) => {
      const result = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {
        documentId: view.documentId,
        steps,
      });
      if (result.steps === 0) {
        io.out(
          t(direction === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo', {
            file: view.fileName,
          }),
        );
        return;
      }
      const key = direction === 'undo' ? 'history.undone' : 'history.redone';
      io.out(t(key, { file: view.fileName, count: result.steps, items: result.changed.length }));
      io.out(totalLine(result.scores, t));
    });
  };

export const undoCommand = undoRedo('undo');
export const redoCommand = undoRedo('redo');
