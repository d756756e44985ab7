import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { pickNativePath } from './pick-path';

/** Opens a document (.rbw) or a workbook (.xlsx / .xls / .ods, imported on the fly) by its location. */
export function OpenDialog({ onOpen, onClose }: { onOpen: (path: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [recent, setRecent] = useState<{ path: string; openedAt: string }[]>([]);
  useEffect(() => {
    void call('app.recent', {}).then(setRecent, () => setRecent([]));
  }, []);
  const choose = async () => {
    const picked = await pickNativePath('open');
    if (picked) onOpen(picked);
  };
  return (
    <Dialog title={t('ui.dialogs.openTitle')} onClose={onClose} testId="open-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) onOpen(path.trim());
        }}
      >
        <label>
          {t('ui.dialogs.path')}
          <input
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/home/…/lke-2026.rbw"
            autoFocus
            data-testid="open-path"
          />
        </label>
        <div className="buttons">
          {window.rbw && (
            <button type="button" onClick={() => void choose()}>
              {t('ui.actions.choose')}
            </button>
          )}
          <button type="submit">{t('ui.actions.open')}</button>
        </div>
      </form>
      {recent.length > 0 && (
        <ul className="recent">
          {recent.map((r) => (
            <li key={r.path}>
              <button type="button" className="link" onClick={() => onOpen(r.path)}>
                {r.path}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
