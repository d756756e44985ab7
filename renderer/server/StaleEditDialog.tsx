import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { shownFieldValue } from '../dialogs/merge-value';
import type { StaleEdit } from './stale-edit';

/**
 * A field two users changed at once, shown as the merge dialog shows a conflict: the value its sender
 * saw, the document's value now and the sender's, with a choice. Nothing was written; keeping the
 * document's value closes it, taking the sender's sends it again over the value now shown.
 */
export function StaleEditDialog({
  stale,
  onKeep,
  onTakeMine,
}: {
  stale: StaleEdit;
  onKeep: () => void;
  onTakeMine: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const show = (value: unknown) => shownFieldValue(value, t, language);
  return (
    <Dialog title={t('ui.server.conflictTitle')} onClose={onKeep} testId="stale-edit-dialog">
      <div className="merge-preview">
        <p>{t('ui.server.conflictSummary', { itemId: stale.itemId })}</p>
        <table className="list merge-conflicts" data-testid="merge-conflicts">
          <thead>
            <tr>
              <th>{t('ui.merge.item')}</th>
              <th>{t('ui.server.conflictBase')}</th>
              <th>{t('ui.server.conflictOurs')}</th>
              <th>{t('ui.server.conflictTheirs')}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid={`conflict-${stale.itemId}-${stale.field}`}>
              <td>
                <code>{stale.itemId}</code> {t(`ui.columns.${stale.field}`)}
              </td>
              <td>{show(stale.base)}</td>
              <td>
                <b>{show(stale.ours)}</b>
              </td>
              <td>
                <b>{show(stale.theirs)}</b>
              </td>
            </tr>
          </tbody>
        </table>
        <div className="buttons merge-apply">
          <button type="button" onClick={onKeep} data-testid="stale-keep">
            {t('ui.server.keepDocument')}
          </button>
          <button type="button" onClick={onTakeMine} data-testid="stale-take-mine">
            {t('ui.server.takeMine')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
