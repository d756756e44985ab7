import { basename } from 'node:path';
import type { MergeConflictView } from '../../shared/api/merge-operations';
import type { Translate } from '../../shared/i18n/translator';
import { cloneReplica, signInAgain, syncReplica } from '../../service/api/replica';
import { ProblemError } from '../../shared/problem';
import type { SyncOutcome } from '../../service/api/replica';
import { fieldName, formatTime, formatValue, oneLine } from '../format-document';
import type { Command } from '../main';
import { UsageError } from '../main';
import { COMMANDS } from './index';
import { CONFLICTS_EXIT } from './merge';
import { parseOptions } from './parse-options';
import { readStdin } from '../read-stdin';

/**
 * `rbw clone URL --document ID --login LOGIN --out DOC.rbw`, the password on standard input: a replica
 * of the server's document (the session kept in the workbench's folder, never in the document).
 */
export const cloneCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.clone.options);
  const [server] = positionals;
  if (!server) throw new UsageError(t('cli.missingArgument', { name: 'URL' }));
  if (!values.document) throw new UsageError(t('cli.missingArgument', { name: '--document ID' }));
  if (!values.login) throw new UsageError(t('cli.missingArgument', { name: '--login LOGIN' }));
  if (!values.out) throw new UsageError(t('cli.missingArgument', { name: '--out DOC.rbw' }));
  const password = await readStdin();
  if (!password) throw new UsageError(t('server.emptyPassword'));
  const cloned = await cloneReplica({
    server,
    documentId: values.document,
    login: values.login,
    password,
    out: values.out,
  });
  io.out(t('replica.cloned', { file: basename(values.out), name: cloned.name, revision: cloned.revision }));
};

/**
 * `rbw sync DOC.rbw [--json] [--take theirs|mine]`: sends the replica's actions, takes the others'.
 * Conflicts left unsettled: nothing written, each on its own line starting with its code, exit 3.
 */
export const syncCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.sync.options);
  const [path] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  const take = values.take;
  if (take !== undefined && take !== 'theirs' && take !== 'mine') throw new UsageError(t('merge.badTake'));
  let outcome: SyncOutcome;
  try {
    outcome = await syncReplica(path, { take });
  } catch (error) {
    // The session has ended: a password given on standard input (never asked at a terminal) signs in again.
    if (
      !(error instanceof ProblemError) ||
      error.problems[0]?.code !== 'replica.signInAgain' ||
      process.stdin.isTTY
    )
      throw error;
    const password = await readStdin();
    if (!password) throw error;
    await signInAgain(path, password);
    outcome = await syncReplica(path, { take });
  }
  if (values.json) io.out(JSON.stringify(outcome, null, 2));
  else report(outcome, basename(path), io, t);
  return outcome.status === 'conflicts' ? CONFLICTS_EXIT : 0;
};

function report(
  outcome: SyncOutcome,
  file: string,
  io: { out: (line: string) => void; err: (line: string) => void },
  t: Translate,
): void {
  const value = (v: unknown) => oneLine(formatValue(v), 40);
  const line = (c: MergeConflictView) =>
    t('replica.conflict', {
      code: c.itemId,
      field: fieldName(c.field, t),
      base: value(c.base),
      ours: value(c.ours),
      by: c.changedBy
        ? t('merge.conflictBy', { author: c.changedBy, at: formatTime(c.changedAt ?? '') })
        : '',
      theirs: value(c.theirs),
      theirsBy: c.theirsBy
        ? t('merge.conflictBy', { author: c.theirsBy, at: formatTime(c.theirsAt ?? '') })
        : '',
      choice: c.choice
        ? t('merge.chosen', { side: t(c.choice === 'theirs' ? 'replica.sideTheirs' : 'replica.sideMine') })
        : '',
    });
  if (outcome.status === 'conflicts') {
    for (const c of outcome.conflicts) if (!c.choice) io.out(line(c));
    io.err(t('replica.unresolved', { file, count: outcome.conflicts.filter((c) => !c.choice).length }));
    return;
  }
  for (const r of outcome.refused)
    io.err(t('replica.refusedField', { code: r.itemId, field: fieldName(r.field, t), reason: r.reason }));
  for (const c of outcome.conflicts) io.out(line(c));
  io.out(
    t('replica.synced', {
      file,
      sent: outcome.sent,
      taken: outcome.taken,
      pulled: outcome.pulled,
      revision: outcome.revision,
    }),
  );
}
