import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeOutcome } from '../../shared/api/merge-operations';
import type { ReplicaStatus, ReplicaSyncOutcome } from '../../shared/api/replica-operations';
import { call } from '../api/client';
import { MergeDialog } from '../dialogs/MergeDialog';

type Choice = { itemId: string; field: MergeOutcome['conflicts'][number]['field']; take: 'theirs' | 'mine' };

/**
 * A replica of a server's document (issue 25): how many changes wait to be sent, when it last synced, and
 * "Sinkronkan". Conflicts come back in the merge dialog (the laptop's value as "mine", the server's as
 * "theirs"); nothing is written until each has a side. Shown only for a replica.
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
  useEffect(() => {
    let current = true;
    call('replica.status', { documentId }).then(
      (s) => current && setStatus(s),
      () => current && setStatus(null),
    );
    return () => {
      current = false;
    };
  }, [documentId, revision, tick]);
  if (!status) return null;
  const language = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const when = status.syncedAt
    ? new Date(status.syncedAt).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' })
    : t('ui.replica.never');
  const run = async (choices?: Choice[]) => {
    setBusy(true);
    try {
      const outcome = await sync(() => call('replica.sync', { documentId, ...(choices ? { choices } : {}) }));
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
    } finally {
      setBusy(false);
      setTick((n) => n + 1);
    }
  };
  return (
    <div className="replica-bar" data-testid="replica-bar">
      <span data-testid="replica-pending">{t('ui.replica.pending', { count: status.pending })}</span>
      <span className="muted" data-testid="replica-synced">
        {t('ui.replica.synced', { when })}
      </span>
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
