import { basename } from 'node:path';
import { Scorer } from '../../shared/scoring/scorer';
import { summarize } from '../../shared/scoring/summarize';
import type { UnansweredPolicy } from '../../shared/template/template-schema';
import { loadAnswersFile } from '../../service/answers/load-answers-file';
import { loadDocumentAnswers } from '../../service/documents/load-document-answers';
import type { Command } from '../main';
import { UsageError } from '../main';
import { formatScoreTable } from '../format-score';
import { parseOptions } from './parse-options';
import { isWorkbookArgument, scoreWorkbookCommand } from './score-workbook';

/** `rbw score FILE [--json] [--unanswered skip|zero]`: the scores of an answers file. */
export const scoreCommand: Command = async (args, context) => {
  // An LKE workbook (.xlsx, .xls, .ods) is scored by its own formulas and by the standard rule.
  if (isWorkbookArgument(args)) return scoreWorkbookCommand(args, context);
  const { io, t } = context;
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean' },
    unanswered: { type: 'string' },
    gains: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new UsageError(t('cli.missingArgument', { name: 'FILE' }));
  const unanswered = values.unanswered;
  if (unanswered !== undefined && unanswered !== 'skip' && unanswered !== 'zero') {
    throw new UsageError(t('cli.badUnanswered'));
  }
  const loaded = file.toLowerCase().endsWith('.rbw')
    ? await loadDocumentAnswers(file)
    : await loadAnswersFile(file);
  const scorer = new Scorer(loaded.index, { unanswered: unanswered as UnansweredPolicy | undefined });
  scorer.setAnswers(loaded.answers);
  const gains = values.gains === undefined ? 10 : Number(values.gains);
  const summary = summarize(scorer, { gains });
  if (values.json) {
    io.out(JSON.stringify({ file: basename(file), ...summary }, null, 2));
    return;
  }
  for (const line of formatScoreTable(summary, t, basename(file))) io.out(line);
};
