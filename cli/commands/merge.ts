import { basename } from 'node:path';
import type { MergeOutcome } from '../../shared/api/merge-operations';
import type { Translate } from '../../shared/i18n/translator';
import { fieldName, formatTime, formatValue, oneLine, totalLine } from '../format-document';
import { withDocument } from '../api-call';
import type { Command } from '../main';
import { UsageError } from '../main';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/** Exit code of a merge that left conflicts unsettled (nothing written). */
export const CONFLICTS_EXIT = 3;

/**
 * `rbw merge DOC FILE [--dry-run] [--json] [--take theirs|mine] [--allow-blank] [--author NAME]`: merges
 * a pokja's file (from `rbw export --pokja`) or another copy of the document (`.rbw`) three ways. With
 * conflicts left unsettled nothing is written: each conflict on its own line, starting with its code,
 * and exit code 3.
 */
export const mergeCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.merge.options);
  const [path, file] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (!file) throw new UsageError(t('cli.missingArgument', { name: 'FILE' }));
  const take = values.take;
  if (take !== undefined && take !== 'theirs' && take !== 'mine') throw new UsageError(t('merge.badTake'));
  return withDocument(path, { author: values.author, notice: io.err, t }, async (view, call) => {
    const merged = await call('app.merge', {
      documentId: view.documentId,
      path: file,
      ...(values['dry-run'] ? { dryRun: true } : {}),
      ...(values['allow-blank'] ? { allowBlank: true } : {}),
      ...(take ? { take } : {}),
    });
    if (values.json) io.out(JSON.stringify(merged, null, 2));
    else
      report(merged, { document: view.fileName, file: basename(file), dryRun: !!values['dry-run'] }, io, t);
    return merged.unresolved && !values['dry-run'] ? CONFLICTS_EXIT : 0;
  });
};

function report(
  merged: MergeOutcome,
  names: { document: string; file: string; dryRun: boolean },
  io: { out: (line: string) => void; err: (line: string) => void },
  t: Translate,
): void {
  const params = {
    file: names.file,
    pokja: merged.pokja ?? '',
    document: names.document,
    count: merged.changes.length,
  };
  const value = (v: unknown) => oneLine(formatValue(v), 40);
  if (!merged.baseKnown) io.err(t('merge.noBase', params));
  if (merged.blanksKept.length) io.err(t('merge.blanksKept', { ...params, count: merged.blanksKept.length }));
  if (names.dryRun) {
    io.out(
      t('merge.preview', {
        file: names.file,
        changes: merged.changes.length,
        conflicts: merged.conflicts.length,
      }),
    );
    for (const c of merged.changes) {
      io.out(
        '  ' +
          t('merge.change', {
            code: c.itemId,
            field: fieldName(c.field, t),
            before: value(c.before),
            after: value(c.after),
          }),
      );
    }
  }
  // Each conflict on its own line, starting with its code (left unsettled ones also when applying).
  for (const c of merged.conflicts) {
    if (!names.dryRun && c.choice && !(c.inFile && c.choice === 'theirs')) continue;
    if (c.inFile) {
      io.out(
        t('merge.conflictInFile', {
          code: c.itemId,
          field: fieldName(c.field, t),
          rows: c.inFile.map((r) => t('merge.inFileRow', { row: r.row, value: value(r.value) })).join(' · '),
          ours: value(c.ours),
        }),
      );
      continue;
    }
    io.out(
      t('merge.conflict', {
        code: c.itemId,
        field: fieldName(c.field, t),
        base: c.baseKnown ? value(c.base) : t('merge.unknownBase'),
        ours: value(c.ours),
        by: c.changedBy
          ? t('merge.conflictBy', { author: c.changedBy, at: formatTime(c.changedAt ?? '') })
          : '',
        theirs: value(c.theirs),
        row: c.row ? t('merge.conflictRow', { row: c.row }) : '',
        choice: c.choice
          ? t('merge.chosen', { side: t(c.choice === 'theirs' ? 'merge.sideTheirs' : 'merge.sideMine') })
          : '',
      }),
    );
  }
  if (names.dryRun) return;
  if (merged.unresolved) {
    io.err(t('merge.unresolved', { file: names.file, count: merged.unresolved }));
    return;
  }
  const kind = merged.kind === 'document' ? 'Document' : '';
  if (!merged.applied || !merged.result) return io.out(t(`merge.nothing${kind}`, params));
  io.out(t(`merge.done${kind}`, params));
  io.out(totalLine(merged.result.scores, t));
}
