import { useEffect, useState } from 'react';
import type { ExportFormat } from '../../shared/export/export-request';
import type { Problem } from '../../shared/problem';
import { call, desktopBridge } from '../api/client';
import { problemText } from '../i18n';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { pickNativePath } from './pick-path';

export interface ExportRequest {
  format: ExportFormat;
  pokja: string | null;
  path: string | null;
}

interface Props {
  documentId: string;
  pokjas: string[];
  exported: { path: string; notices: Problem[] } | null;
  onExport: (request: ExportRequest) => void;
  onClose: () => void;
}

/** Export in the official layout, the 2026 portal upload or the score summary; optionally one pokja's areas. */
export function ExportDialog({ documentId, pokjas, exported, onExport, onClose }: Props) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('lke');
  const [pokja, setPokja] = useState('');
  const [path, setPath] = useState('');
  // Reading the imported workbook is the slow part of a first export: start it while the user chooses.
  useEffect(() => {
    void call('app.prepareExport', { documentId }).catch(() => undefined);
  }, [documentId]);
  return (
    <Dialog title={t('ui.dialogs.exportTitle')} onClose={onClose} testId="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onExport({ format, pokja: pokja || null, path: path.trim() || null });
        }}
      >
        <fieldset>
          <legend>{t('ui.dialogs.format')}</legend>
          {(['lke', 'portal2026', 'rekap'] as const).map((f) => (
            <label key={f} className="radio">
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {t(`ui.dialogs.format${f === 'lke' ? 'Lke' : f === 'portal2026' ? 'Portal' : 'Rekap'}`)}
            </label>
          ))}
        </fieldset>
        {format !== 'portal2026' && pokjas.length > 0 && (
          <label>
            {t('ui.dialogs.pokjaOnly')}
            <select value={pokja} onChange={(e) => setPokja(e.target.value)}>
              <option value="">{t('ui.filters.anyPokja')}</option>
              {pokjas.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('ui.dialogs.path')}
          <input
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="(unduh)"
            data-testid="export-path"
          />
        </label>
        <div className="buttons">
          {desktopBridge() && (
            <button type="button" onClick={() => void pickNativePath('export').then((p) => p && setPath(p))}>
              {t('ui.actions.choose')}
            </button>
          )}
          <button type="submit" data-testid="export-submit">
            {t('ui.actions.export')}
          </button>
        </div>
      </form>
      {exported && (
        <div data-testid="export-done">
          <p className="ok">{t('ui.dialogs.exported', { path: exported.path })}</p>
          {exported.notices.length > 0 && (
            <ul className="notices">
              {exported.notices.map((n, i) => (
                <li key={i}>{problemText(n)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Dialog>
  );
}
