import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';

type Entry = OperationOutput<'history.list'>['entries'][number];

/** Every change with time, author, old and new value; for one indicator when one is focused. */
export function HistoryDialog({
  documentId,
  itemId,
  onError,
  onClose,
}: {
  documentId: string;
  itemId: string | null;
  onError: (e: unknown) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    void call('history.list', { documentId, ...(itemId ? { itemId } : {}), limit: 200 }).then(
      (r) => setEntries(r.entries),
      onError,
    );
  }, [documentId, itemId, onError]);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  const show = (value: unknown) =>
    value === null ? '∅' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return (
    <Dialog
      title={itemId ? t('ui.dialogs.historyOf', { code: itemId }) : t('ui.dialogs.historyTitle')}
      onClose={onClose}
      testId="history-dialog"
    >
      {entries.length === 0 ? (
        <p className="muted">{t('ui.dialogs.noHistory')}</p>
      ) : (
        <ol className="history">
          {entries.map((e) => (
            <li key={e.id} className={e.state === 'undone' ? 'undone' : undefined}>
              <div>
                <b>{t(`ui.historyKinds.${e.kind}`)}</b> {e.label ?? ''}{' '}
                <span className="muted">
                  · {date(e.at)} · {e.author}
                </span>
              </div>
              <ul>
                {e.changes.slice(0, 20).map((c, i) => (
                  <li key={i}>
                    <code>{c.itemId ?? ''}</code>{' '}
                    {c.field === 'metadata' ? t('ui.historyKinds.metadata') : t(`ui.columns.${c.field}`)}:{' '}
                    {show(c.before)} → {show(c.after)}
                  </li>
                ))}
                {e.changes.length > 20 && <li className="muted">… +{e.changes.length - 20}</li>}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
