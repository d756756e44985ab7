import type { Command } from '../main';
import { isWorkbookArgument } from './score-workbook';

/**
 * `rbw score FILE [--json] [--unanswered skip|zero] [--rule workbook|standard]`: the scores of an
 * answers file, or of a document by its leading rule (the workbook's own formulas for a document imported
 * from a workbook, with the regulation's total beside them); `--rule standard` puts the regulation's first.
 */
export const scoreCommand: Command = async (args, context) => {
  // An LKE workbook (.xlsx, .xls, .ods) is scored by its own formulas and by the standard rule; each kind
  // of file loads only its own code (a workbook's score needs no document storage).
  if (isWorkbookArgument(args)) {
    const { scoreWorkbookCommand } = await import('./score-workbook-command');
    return scoreWorkbookCommand(args, context);
  }
  const { scoreDocumentCommand } = await import('./score-document-command');
  return scoreDocumentCommand(args, context);
};
