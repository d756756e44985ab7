import type { Command } from '../main';
import { UsageError } from '../main';
import { ProblemError } from '../../shared/problem';
import { withDocument } from '../api-call';
import type { DocumentItem } from '../format-document';
import { documentItems, fieldName, formatValue, oneLine, totalLine } from '../format-document';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';
import type { Translate } from '../../shared/i18n/translator';
import type { OperationOutput } from '../../shared/api/contract';

/**
 * `rbw show DOC [CODE] [--json]`: every indicator with its answer, note, review and value; with CODE,
 * that indicator (and its `Jumlah` inputs) in full. --json prints a list of items.
 */
export const showCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.show.options);
  const [path, code] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  await withDocument(path, { author: undefined, notice: io.err, t }, async (view, call) => {
    let items = withLastYear(documentItems(view), await call('yearly.view', { documentId: view.documentId }));
    if (code !== undefined) {
      const item = items.find((i) => i.code === code);
      if (!item) {
        const problem = {
          code: 'record.unknownCode',
          params: { code },
          where: { file: view.fileName, field: code },
        };
        throw new ProblemError([problem]);
      }
      // An indicator computed from `Jumlah` inputs is shown with them (they follow it in the list).
      const at = items.indexOf(item);
      let end = at + 1;
      while (item.kind === 'indicator' && items[end]?.kind === 'input') end++;
      items = items.slice(at, end);
    }
    if (values.json) {
      io.out(JSON.stringify(items, null, 2));
      return;
    }
    const m = view.metadata;
    io.out(`${view.template.title} — ${view.fileName}`);
    const about = [m.agency, m.unit, m.year].filter((x) => x !== null && x !== undefined).join(', ');
    if (about) io.out(about);
    io.out(totalLine(view.scores, t));
    if (items.some((i) => i.fromLastYear)) io.out(t('yearly.legend'));
    io.out('');
    for (const item of items) for (const line of code ? detail(item, t) : [row(item, t)]) io.out(line);
  });
};

/**
 * A document started from last year's: each item gets last year's answer, value and note (`lastYear`,
 * null where last year had no such question) and whether it still shows last year's, unconfirmed.
 */
function withLastYear(items: DocumentItem[], yearly: OperationOutput<'yearly.view'>): DocumentItem[] {
  const { lastYear } = yearly;
  if (!lastYear) return items;
  const unconfirmed = new Set(yearly.unconfirmed);
  return items.map((item) => {
    const last = lastYear.items[item.code];
    return {
      ...item,
      lastYear: last ? { answer: last.answer, value: last.value, note: last.note } : null,
      fromLastYear: unconfirmed.has(item.code),
    };
  });
}

/** One line per item: code, answer type, answer, value, reviewer's answer, note. */
function row(item: DocumentItem, t: Translate): string {
  const answer = (item.derived ? '=' : formatValue(item.answer)) + (item.fromLastYear ? '*' : '');
  const value = item.value === null ? '' : formatValue(Math.round(item.value * 10000) / 10000);
  const reviewer =
    item.reviewerAnswer === null ? '' : `${t('document.reviewerShort')} ${formatValue(item.reviewerAnswer)}`;
  const note = item.note ? oneLine(item.note, 40) : '';
  return [
    item.code.padEnd(16),
    item.answerType.padEnd(11),
    answer.padEnd(6),
    value.padStart(8),
    ` ${reviewer}`.padEnd(10),
    note,
  ]
    .join(' ')
    .trimEnd();
}

/** Every field of one item, one per line. */
function detail(item: DocumentItem, t: Translate): string[] {
  const lines = [`${item.code} ${item.title}`, `  ${t('document.answerType')}: ${item.answerType}`];
  const field = (name: Parameters<typeof fieldName>[0], value: unknown) =>
    lines.push(`  ${fieldName(name, t)}: ${formatValue(value)}`);
  if (!item.derived) field('answer', item.answer);
  if (item.kind === 'indicator') lines.push(`  ${t('document.value')}: ${formatValue(item.value)}`);
  field('note', item.note);
  field('evidence', item.evidence);
  if (!item.derived) field('reviewerAnswer', item.reviewerAnswer);
  field('reviewerNote', item.reviewerNote);
  field('pokja', item.pokja);
  field('status', item.status);
  field('targetMonth', item.targetMonth);
  return lines;
}
