import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_AUTHOR_LENGTH } from '../../shared/records/author-name';
import { Dialog } from '../components/Dialog';
import type { AuthorSettings } from './use-author';

/**
 * "Nama Anda": the name history records for every change made in this window from now on. At the first
 * start, "Nanti" (or closing) keeps the operating-system user and does not ask again.
 */
export function AuthorDialog({
  settings,
  first,
  onSave,
  onClose,
}: {
  settings: AuthorSettings | null;
  first: boolean;
  onSave: (name: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(settings?.named ? settings.author : '');
  const later = () => (first ? onSave(null) : onClose());
  return (
    <Dialog title={t('ui.author.title')} onClose={later} testId="author-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(name.trim() || null);
        }}
      >
        <p className="muted">{first ? t('ui.author.firstHelp') : t('ui.author.help')}</p>
        <label>
          {t('ui.author.label')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={MAX_AUTHOR_LENGTH}
            placeholder={settings?.fallback ?? ''}
            data-autofocus
            autoComplete="name"
            data-testid="author-name"
          />
        </label>
        <p className="muted small">{t('ui.author.fallback', { name: settings?.fallback ?? '…' })}</p>
        <div className="buttons">
          <button type="button" onClick={later} data-testid="author-later">
            {first ? t('ui.author.later') : t('ui.actions.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="author-save">
            {t('ui.author.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
