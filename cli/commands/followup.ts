import type { Command } from '../main';
import { UsageError } from '../main';
import { withDocument } from '../api-call';
import { oneLine } from '../format-document';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';
import type { OperationOutput } from '../../shared/api/contract';
import type { Translate } from '../../shared/i18n/translator';
import { WORK_STATUSES } from '../../shared/records/answer-record';
import type { WorkStatus } from '../../shared/records/answer-record';
import { isOverdue } from '../../shared/yearly/recommendation';

type Recommendation = OperationOutput<'recommendations.list'>[number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Today as `YYYY-MM-DD` in the user's time zone (a month has ended when today lies after it). */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * `rbw followup DOC [--json] [--overdue] [--pokja P]`: the recommendations to follow up (tindak lanjut);
 * `rbw followup DOC add TEXT [--on CODE] [--pokja P] [--due YYYY-MM] [--source report|reviewer-note|last-year]`;
 * `rbw followup DOC set ID [--status belum|proses|selesai] [--evidence TEXT] [--pokja P] [--due YYYY-MM]
 * [--text TEXT] [--on CODE|-] [--accept]`.
 */
export const followupCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.followup.options);
  const [path, action, argument] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (values.due !== undefined && values.due !== '-' && !MONTH.test(values.due))
    throw new UsageError(t('followup.badMonth'));
  if (values.status !== undefined && !(WORK_STATUSES as readonly string[]).includes(values.status))
    throw new UsageError(t('followup.badStatus'));
  const cleared = (value: string | undefined) =>
    value === undefined ? undefined : value === '-' ? null : value;
  await withDocument(path, { author: values.author, notice: io.err, t }, async (view, call) => {
    const documentId = view.documentId;
    if (action === 'add') {
      if (!argument) throw new UsageError(t('cli.missingArgument', { name: 'TEXT' }));
      const source = values.source ?? 'report';
      if (!['report', 'reviewer-note', 'last-year'].includes(source))
        throw new UsageError(t('cli.missingArgument', { name: '--source report|reviewer-note|last-year' }));
      const added = await call('recommendations.add', {
        documentId,
        recommendation: {
          text: argument,
          targetId: values.on ?? null,
          pokja: values.pokja ?? null,
          dueMonth: values.due ?? null,
          source: source as 'report',
        },
      });
      return io.out(values.json ? JSON.stringify(added, null, 2) : t('followup.added', { id: added.id }));
    }
    if (action === 'set') {
      const id = Number(argument);
      if (!argument || !Number.isInteger(id)) throw new UsageError(t('cli.missingArgument', { name: 'ID' }));
      const changed = await call('recommendations.set', {
        documentId,
        id,
        changes: {
          ...(values.status !== undefined ? { status: values.status as WorkStatus } : {}),
          ...(values.evidence !== undefined ? { evidence: cleared(values.evidence) } : {}),
          ...(values.pokja !== undefined ? { pokja: cleared(values.pokja) } : {}),
          ...(values.due !== undefined ? { dueMonth: cleared(values.due) } : {}),
          ...(values.text !== undefined ? { text: values.text } : {}),
          ...(values.on !== undefined ? { targetId: cleared(values.on) } : {}),
          ...(values.accept ? { proposed: false as const } : {}),
        },
      });
      return io.out(
        values.json ? JSON.stringify(changed, null, 2) : t('followup.updated', { id: changed.id }),
      );
    }
    if (action !== undefined) throw new UsageError(t('followup.badAction'));
    const now = today();
    let list = (await call('recommendations.list', { documentId })).map((r) => ({
      ...r,
      overdue: isOverdue(r, now),
    }));
    if (values.overdue) list = list.filter((r) => r.overdue);
    if (values.pokja !== undefined) list = list.filter((r) => r.pokja === values.pokja);
    if (values.json) return io.out(JSON.stringify(list, null, 2));
    if (list.length === 0) return io.out(t('followup.none'));
    for (const r of list) io.out(line(r, t));
    const count = (s: WorkStatus) => list.filter((r) => r.status === s).length;
    io.out('');
    io.out(
      t('followup.counts', {
        total: list.length,
        belum: count('belum'),
        proses: count('proses'),
        selesai: count('selesai'),
        overdue: list.filter((r) => r.overdue).length,
      }),
    );
  });
};

function line(r: Recommendation & { overdue: boolean }, t: Translate): string {
  const flags = [r.proposed ? t('followup.proposed') : null, r.overdue ? t('followup.overdue') : null]
    .filter(Boolean)
    .join(', ');
  return [
    `#${r.id}`.padEnd(5),
    (r.targetId ?? t('followup.whole')).padEnd(18),
    r.status.padEnd(8),
    (r.dueMonth ?? '').padEnd(8),
    (r.pokja ?? '').padEnd(10),
    oneLine(r.text, 60),
    flags ? `[${flags}]` : '',
    r.evidence ? `— ${oneLine(r.evidence, 30)}` : '',
  ]
    .join(' ')
    .trimEnd();
}
