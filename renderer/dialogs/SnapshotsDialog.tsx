import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { historyValue } from './history-value';
import { fmt } from '../components/format';

type Snapshot = OperationOutput<'snapshots.list'>[number];
type Comparison = OperationOutput<'snapshots.compare'>;

interface Props {
  documentId: string;
  onRestore: (snapshotId: number) => void;
  onError: (error: unknown) => void;
  onClose: () => void;
}

/** Named, dated snapshots: take one, compare one with now, restore one (undoable). */
export function SnapshotsDialog({ documentId, onRestore, onError, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [snapshots, setSnapshots] = useState<Snapshot[]>([]);
  const [name, setName] = useState('');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const refresh = useCallback(
    () => call('snapshots.list', { documentId }).then(setSnapshots, onError),
    [documentId, onError],
  );
  useEffect(() => void refresh(), [refresh]);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  return (
    <Dialog title={t('ui.dialogs.snapshotsTitle')} onClose={onClose} testId="snapshots-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void call('snapshots.create', { documentId, name: name.trim() }).then(() => {
            setName('');
            void refresh();
          }, onError);
        }}
      >
        <label>
          {t('ui.dialogs.snapshotName')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="snapshot-name"
            data-autofocus
          />
        </label>
        <div className="buttons">
          <button type="submit" data-testid="snapshot-create">
            {t('ui.actions.save')}
          </button>
        </div>
      </form>
      {snapshots.length === 0 ? (
        <p className="muted">{t('ui.dialogs.noSnapshots')}</p>
      ) : (
        <table className="list">
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.id}>
                <td>
                  <b>{s.name}</b>
                  <div className="muted">
                    {date(s.at)} · {s.author}
                  </div>
                </td>
                <td className="num">{fmt(s.total)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void call('snapshots.compare', { documentId, snapshotId: s.id }).then(
                        setComparison,
                        onError,
                      )
                    }
                  >
                    {t('ui.actions.compare')}
                  </button>{' '}
                  <button type="button" onClick={() => onRestore(s.id)}>
                    {t('ui.actions.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {comparison && (
        <section className="comparison" data-testid="snapshot-comparison">
          <h3>
            {comparison.snapshot.name}: {fmt(comparison.totals.snapshot.unit)} →{' '}
            {fmt(comparison.totals.current.unit)} (
            {t('ui.dialogs.changes', { count: comparison.differences.length })})
          </h3>
          <ul>
            {comparison.differences.slice(0, 200).map((d, i) => (
              <li key={i}>
                <code>{d.itemId}</code> {t(`ui.columns.${d.field}`)}:{' '}
                {historyValue(d.field, d.snapshot, t, i18n.language)} →{' '}
                {historyValue(d.field, d.current, t, i18n.language)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
