import type { HistoryEntry } from '../../shared/records/history-entry';
import type { Translate } from '../../shared/i18n/translator';
import type { Command } from '../main';
import { UsageError } from '../main';
import { withDocument } from '../api-call';
import { fieldName, formatTime, formatValue, oneLine } from '../format-document';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/** `rbw history DOC [CODE] [--limit N] [--json]`: who changed what and when, newest first. */
export const historyCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.history.options);
  const [path, code] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(t('history.badLimit'));
  await withDocument(path, { author: undefined, notice: io.err, t }, async (view, call) => {
    const page = await call('history.list', {
      documentId: view.documentId,
      limit,
      ...(code !== undefined ? { itemId: code } : {}),
    });
    if (values.json) {
      io.out(JSON.stringify(page, null, 2));
      return;
    }
    if (page.entries.length === 0) io.out(t('history.empty'));
    for (const entry of page.entries) for (const line of formatEntry(entry, t)) io.out(line);
    if (page.more) io.out(t('history.more', { limit }));
  });
};

/** "#12 2026-05-12 10:31 budi  tempel (3 isian)", then one line per change. */
function formatEntry(entry: HistoryEntry, t: Translate): string[] {
  const what = [
    t(`history.kind.${entry.kind}`),
    entry.label ? `"${entry.label}"` : undefined,
    entry.target !== null ? `#${entry.target}` : undefined,
    entry.state === 'undone' || entry.state === 'discarded'
      ? `(${t(`history.state.${entry.state}`)})`
      : undefined,
  ].filter(Boolean);
  const lines = [`#${entry.id} ${formatTime(entry.at)} ${entry.author}  ${what.join(' ')}`];
  for (const change of entry.changes) {
    const from = oneLine(formatValue(change.before), 50);
    const to = oneLine(formatValue(change.after), 50);
    const what = [change.itemId, fieldName(change.field, t)].filter(Boolean).join(' ');
    lines.push(`    ${what}: ${from} → ${to}`);
  }
  return lines;
}
