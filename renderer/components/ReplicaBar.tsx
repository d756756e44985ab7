import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeOutcome } from '../../shared/api/merge-operations';
import type { ReplicaStatus, ReplicaSyncOutcome } from '../../shared/api/replica-operations';
import type { AutoSyncState } from '../../shared/replica/auto-sync';
import { nextAutoSync } from '../../shared/replica/auto-sync';
import { ApiProblems, call } from '../api/client';
import { MergeDialog } from '../dialogs/MergeDialog';

type Choice = { itemId: string; field: MergeOutcome['conflicts'][number]['field']; take: 'theirs' | 'mine' };
type LastTry = { kind: NonNullable<AutoSyncState['lastTry']>; at: number; auto: boolean };

/** The server (or, from the window, the workbench itself) could not be reached: worth another try. */
const unreachable = (error: unknown): boolean =>
  error instanceof ApiProblems
    ? error.problems.some((p) => p.code === 'replica.unreachable')
    : error instanceof TypeError;

/**
 * A replica of a server's document (issue 25): how many changes wait to be sent, when it last synced, and
 * "Sinkronkan". Conflicts come back in the merge dialog (the laptop's value as "mine", the server's as
 * "theirs"); nothing is written until each has a side. Shown only for a replica. With changes waiting it
 * syncs on its own when the connection comes back and, after the server could not be reached, every half
 * minute (shared/replica/auto-sync.ts), never while the conflict dialog is open.
 */
export function ReplicaBar({
  documentId,
  revision,
  sync,
}: {
  documentId: string;
  /** The document's revision: the count of waiting changes is read again when it moves. */
  revision: number;
  sync: (run: () => Promise<ReplicaSyncOutcome>) => Promise<ReplicaSyncOutcome | null>;
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ReplicaStatus>(null);
  const [conflicts, setConflicts] = useState<MergeOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const [lastTry, setLastTry] = useState<LastTry | null>(null);
  /** The document the service said is no replica: it stays none, so an edit needs no read (nor a call). */
  const noReplica = useRef<string | null>(null);
  useEffect(() => {
    if (noReplica.current === documentId) return;
    let current = true;
    // A failed read (the window offline a moment) keeps what was shown.
    call('replica.status', { documentId }).then(
      (s) => {
        if (s === null) noReplica.current = documentId;
        if (current) setStatus(s);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [documentId, revision, tick]);
  useEffect(() => setStatus(null), [documentId]);
  const run = async (choices?: Choice[], auto = false) => {
    if (!status) return;
    setBusy(true);
    let failed: LastTry['kind'] | null = null;
    try {
      const outcome = await sync(async () => {
        try {
          return await call('replica.sync', { documentId, ...(choices ? { choices } : {}) });
        } catch (error) {
          failed = unreachable(error) ? 'unreachable' : 'refused';
          throw error;
        }
      });
      if (outcome?.status === 'conflicts')
        setConflicts({
          kind: 'document',
          fileName: status.server,
          pokja: null,
          baseKnown: true,
          changes: [],
          conflicts: outcome.conflicts,
          blanksKept: [],
          unresolved: outcome.conflicts.length,
          applied: false,
          result: null,
        });
      const kind = failed ?? (outcome?.status === 'done' ? 'done' : 'refused');
      setLastTry({ kind, at: Date.now(), auto });
    } finally {
      setBusy(false);
      setTick((n) => n + 1);
    }
  };
  // The sync on its own: what the rule says, read afresh when the connection comes back or a timer ends.
  const autoState: AutoSyncState = {
    pending: status?.pending ?? 0,
    busy,
    conflictsOpen: conflicts !== null,
    lastTry: lastTry?.kind ?? null,
    lastTryAt: lastTry?.at ?? null,
  };
  const attempt = useRef<(reason: 'online' | 'timer') => void>(() => undefined);
  attempt.current = (reason) => {
    if (nextAutoSync(autoState, reason, Date.now()) === 'now') void run(undefined, true);
  };
  useEffect(() => {
    const online = () => attempt.current('online');
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
  const next = nextAutoSync(autoState, 'timer', Date.now());
  useEffect(() => {
    if (next === 'never') return;
    const timer = setTimeout(() => attempt.current('timer'), next === 'now' ? 0 : next - Date.now());
    return () => clearTimeout(timer);
  }, [next]);
  if (!status) return null;
  const language = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const time = (at: string | number) =>
    new Date(at).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
  const when = status.syncedAt ? time(status.syncedAt) : t('ui.replica.never');
  const autoNote =
    lastTry?.kind === 'unreachable' && status.pending > 0
      ? t('ui.replicaAuto.waiting')
      : lastTry?.kind === 'done' && lastTry.auto
        ? t('ui.replicaAuto.done', { when: time(lastTry.at) })
        : null;
  return (
    <div className="replica-bar" data-testid="replica-bar">
      <span data-testid="replica-pending">{t('ui.replica.pending', { count: status.pending })}</span>
      <span className="muted" data-testid="replica-synced">
        {t('ui.replica.synced', { when })}
      </span>
      {autoNote && (
        <span className="muted" data-testid="replica-auto">
          {autoNote}
        </span>
      )}
      <button type="button" disabled={busy} onClick={() => void run()} data-testid="replica-sync">
        {t('ui.replica.sync')}
      </button>
      {conflicts && (
        <MergeDialog
          documentId={documentId}
          source={{ fileName: status.server, contentBase64: '' }}
          preview={conflicts}
          onApply={(choices) => {
            setConflicts(null);
            void run(choices);
          }}
          onError={() => setConflicts(null)}
          onClose={() => setConflicts(null)}
        />
      )}
    </div>
  );
}
