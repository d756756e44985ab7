import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import { call, desktopBridge } from '../api/client';
import { Dialog } from '../components/Dialog';
import { TemplateSelect } from '../dialogs/TemplateSelect';
import { pickNativePath } from '../dialogs/pick-path';
import type { MetadataDraft } from './MetadataFields';
import { EMPTY_DRAFT, MetadataFields, metadataOf } from './MetadataFields';

export interface StartRequest {
  templateId: string;
  lastYearPath: string;
  metadata: ReturnType<typeof metadataOf>;
}

/**
 * "Baru dari tahun lalu": this year's template, last year's document or workbook (from the folders open
 * to the window, the recent documents, or the desktop app's file dialog) and whose LKE it is.
 */
export function NewFromLastYearDialog({
  onStart,
  onClose,
}: {
  onStart: (request: StartRequest) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [templateId, setTemplateId] = useState('zi-2026');
  const [files, setFiles] = useState<{ path: string; name: string }[]>([]);
  const [lastYearPath, setLastYearPath] = useState('');
  const [draft, setDraft] = useState<MetadataDraft>(EMPTY_DRAFT);
  const bridge = desktopBridge();
  useEffect(() => {
    void Promise.all([
      call('app.files', {}).catch((): OperationOutput<'app.files'> => ({ folders: [] })),
      call('app.recent', {}).catch(() => []),
    ]).then(([listed, recent]) => {
      const seen = new Set<string>();
      const all = [
        ...listed.folders.flatMap((f) => f.files.map((file) => ({ path: file.path, name: file.name }))),
        ...recent.map((r) => ({ path: r.path, name: r.path.split(/[\\/]/).pop() ?? r.path })),
      ].filter((f) => !seen.has(f.path) && seen.add(f.path));
      setFiles(all);
    });
  }, []);
  return (
    <Dialog title={t('ui.yearly.newFromLastYearTitle')} onClose={onClose} testId="new-from-last-year-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (lastYearPath) onStart({ templateId, lastYearPath, metadata: metadataOf(draft) });
        }}
      >
        <TemplateSelect value={templateId} onChange={setTemplateId} testId="lastyear-template" />
        <label>
          {t('ui.yearly.lastYearFile')}
          <select
            value={lastYearPath}
            onChange={(e) => setLastYearPath(e.target.value)}
            data-testid="lastyear-file"
            required
          >
            <option value="">{t('ui.yearly.chooseFile')}</option>
            {files.map((f) => (
              <option key={f.path} value={f.path} title={f.path}>
                {f.name}
              </option>
            ))}
            {lastYearPath && !files.some((f) => f.path === lastYearPath) && (
              <option value={lastYearPath}>{lastYearPath}</option>
            )}
          </select>
        </label>
        <MetadataFields draft={draft} onChange={setDraft} />
        <div className="buttons">
          {bridge && (
            <button
              type="button"
              onClick={() => void pickNativePath('open').then((p) => p && setLastYearPath(p))}
            >
              {t('ui.actions.choose')}
            </button>
          )}
          <button type="submit" disabled={!lastYearPath} data-testid="lastyear-start">
            {t('ui.yearly.start')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
