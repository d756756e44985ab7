import type { RecordField } from '../../shared/records/answer-record';
import type { Command } from '../main';
import { UsageError } from '../main';
import { withDocument } from '../api-call';
import { fieldName, formatValue, totalLine } from '../format-document';
import { formatProblem } from '../../shared/i18n/translator';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw set DOC CODE [ANSWER] [--note …] [--reviewer] [--evidence …] [--pokja …] [--status …]
 * [--target-month …]`: sets fields of one item as one action. With --reviewer, ANSWER and --note are the
 * reviewer's. An empty ANSWER ("") clears it.
 */
export const setCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.set.options);
  const [path, code, answer] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (!code) throw new UsageError(t('cli.missingArgument', { name: 'CODE' }));
  const edits: { field: RecordField; value: string }[] = [];
  const add = (field: RecordField, value: string | undefined) =>
    value !== undefined && edits.push({ field, value });
  add(values.reviewer ? 'reviewerAnswer' : 'answer', answer);
  add(values.reviewer ? 'reviewerNote' : 'note', values.note);
  add('evidence', values.evidence);
  add('pokja', values.pokja);
  add('status', values.status);
  add('targetMonth', values['target-month']);
  if (edits.length === 0) throw new UsageError(t('document.nothingToSet'));
  await withDocument(path, { author: values.author, notice: io.err, t }, async (view, call) => {
    const documentId = view.documentId;
    const result =
      edits.length === 1
        ? await call('records.set', { documentId, itemId: code, ...(edits[0] as (typeof edits)[number]) })
        : await call('records.paste', { documentId, edits: edits.map((e) => ({ itemId: code, ...e })) });
    const before = view.records[code];
    const after = result.changed.find((c) => c.itemId === code)?.record;
    const lines = edits
      .map(({ field }) => [field, formatValue(before?.[field] ?? null), formatValue(after?.[field] ?? null)])
      .filter(([, from, to]) => after && from !== to)
      .map(
        ([field, from, to]) =>
          `${view.fileName}: ${code} ${fieldName(field as RecordField, t)}: ${from} → ${to}`,
      );
    for (const line of lines.length ? lines : [t('document.unchanged', { file: view.fileName, code })])
      io.out(line);
    // What the user must know about the edit: a count above its whole, a link kept as text.
    for (const notice of result.notices ?? []) io.out(formatProblem(notice, t));
    io.out(totalLine(result.scores, t));
  });
};
