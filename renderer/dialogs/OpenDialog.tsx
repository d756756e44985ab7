import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import { call, desktopBridge } from '../api/client';
import { Dialog } from '../components/Dialog';
import type { RecentEntry } from '../welcome/recent-title';
import { recentTitle } from '../welcome/recent-title';
import { pickNativePath } from './pick-path';

type Folders = OperationOutput<'app.files'>['folders'];

/**
 * Opens a document (.rbw) or a workbook (.xlsx / .xls / .ods, imported on the fly): chosen in the
 * desktop app's file dialog, from the recent documents, or (browser mode, which has no file dialog)
 * from the folders open to the window: the workbench's folder and those opened at start.
 */
export function OpenDialog({ onOpen, onClose }: { onOpen: (path: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const [folders, setFolders] = useState<Folders>([]);
  const bridge = desktopBridge();
  useEffect(() => {
    void call('app.recent', {}).then(setRecent, () => setRecent([]));
    if (!bridge)
      void call('app.files', {}).then(
        (r) => setFolders(r.folders),
        () => setFolders([]),
      );
  }, [bridge]);
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
            data-autofocus
            data-testid="open-path"
          />
        </label>
        <div className="buttons">
          {bridge && (
            <button type="button" onClick={() => void choose()}>
              {t('ui.actions.choose')}
            </button>
          )}
          <button type="submit">{t('ui.actions.open')}</button>
        </div>
      </form>
      {recent.length > 0 && (
        <section>
          <h3>{t('ui.dialogs.recent')}</h3>
          <ul className="recent">
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link" onClick={() => onOpen(r.path)} title={r.path}>
                  {recentTitle(r)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {folders.map((folder) => (
        <section key={folder.path} data-testid="open-folder">
          <h3 title={folder.path}>{t('ui.dialogs.inFolder', { folder: folder.path })}</h3>
          {folder.files.length === 0 ? (
            <p className="muted">{t('ui.dialogs.noFiles')}</p>
          ) : (
            <ul className="recent">
              {folder.files.map((file) => (
                <li key={file.path}>
                  <button type="button" className="link" onClick={() => onOpen(file.path)} title={file.path}>
                    {file.path.slice(folder.path.length + 1)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {folder.more && <p className="muted">{t('ui.dialogs.moreFiles')}</p>}
        </section>
      ))}
      {!bridge && <p className="muted">{t('ui.dialogs.openHelp')}</p>}
    </Dialog>
  );
}
