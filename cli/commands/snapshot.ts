import { formatNumber } from '../../shared/format/number';
import { ProblemError } from '../../shared/problem';
import type { Command } from '../main';
import { UsageError } from '../main';
import type { ApiCall, DocumentView } from '../api-call';
import { withDocument } from '../api-call';
import { fieldName, formatTime, formatValue, oneLine, totalLine } from '../format-document';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw snapshot DOC NAME` keeps a named snapshot; `--list` lists them; `--compare SNAP` shows what changed
 * since; `--restore SNAP` puts it back (undoable). SNAP is a snapshot's number or name.
 */
export const snapshotCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.snapshot.options);
  const [path, name] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (!name && !values.list && values.compare === undefined && values.restore === undefined) {
    throw new UsageError(t('cli.missingArgument', { name: 'NAME' }));
  }
  await withDocument(path, { author: values.author, notice: io.err, t }, async (view, call) => {
    const documentId = view.documentId;
    if (name) {
      const s = await call('snapshots.create', { documentId, name });
      io.out(
        t('snapshot.created', { id: s.id, name: s.name, file: view.fileName, total: formatNumber(s.total) }),
      );
    }
    if (values.list) {
      const list = await call('snapshots.list', { documentId });
      if (list.length === 0) io.out(t('snapshot.none', { file: view.fileName }));
      for (const s of list) {
        io.out(
          `#${s.id} ${formatTime(s.at)} ${s.author}  "${s.name}"  ${t('score.total')} ${formatNumber(s.total)}`,
        );
      }
    }
    if (values.compare !== undefined) {
      const id = await findSnapshot(call, view, values.compare);
      const c = await call('snapshots.compare', { documentId, snapshotId: id });
      const totals = { then: formatNumber(c.totals.snapshot.unit), now: formatNumber(c.totals.current.unit) };
      io.out(t('snapshot.comparing', { id, name: c.snapshot.name, ...totals, count: c.differences.length }));
      for (const d of c.differences) {
        const from = oneLine(formatValue(d.snapshot), 50);
        const to = oneLine(formatValue(d.current), 50);
        io.out(`  ${d.itemId} ${fieldName(d.field, t)}: ${from} → ${to}`);
      }
      if (c.metadata)
        io.out(
          `  ${fieldName('metadata', t)}: ${formatValue(c.metadata.snapshot)} → ${formatValue(c.metadata.current)}`,
        );
    }
    if (values.restore !== undefined) {
      const id = await findSnapshot(call, view, values.restore);
      const result = await call('snapshots.restore', { documentId, snapshotId: id });
      io.out(t('snapshot.restored', { id, file: view.fileName, items: result.changed.length }));
      io.out(totalLine(result.scores, t));
    }
  });
};

/** A snapshot by number, or by name (the latest of that name). */
async function findSnapshot(call: ApiCall, view: DocumentView, ref: string): Promise<number> {
  const list = await call('snapshots.list', { documentId: view.documentId });
  const found = /^#?\d+$/.test(ref)
    ? list.find((s) => s.id === Number(ref.replace('#', '')))
    : list.filter((s) => s.name === ref).pop();
  if (found) return found.id;
  throw new ProblemError([{ code: 'snapshot.unknown', params: { id: ref }, where: { file: view.fileName } }]);
}
