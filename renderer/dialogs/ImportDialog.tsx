import { desktopBridge } from '../api/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { fileToBase64, pickNativePath } from './pick-path';

export type ImportSource = { path: string } | { fileName: string; contentBase64: string };
export type MergeSource = ImportSource;

interface Props {
  onImport: (source: ImportSource) => void;
  /** Merging a pokja's file back into the open document (null when no document is open). */
  onMerge: ((source: MergeSource) => void) | null;
  onClose: () => void;
}

/** Imports an official LKE workbook into a new document, or merges a pokja's file into this one. */
export function ImportDialog({ onImport, onMerge, onClose }: Props) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  return (
    <Dialog title={t('ui.dialogs.importTitle')} onClose={onClose} testId="import-dialog">
      <label>
        {t('ui.dialogs.importFile')}
        <input
          type="file"
          accept=".xlsx,.xls,.ods"
          data-testid="import-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) onImport({ fileName: file.name, contentBase64: await fileToBase64(file) });
          }}
        />
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) onImport({ path: path.trim() });
        }}
      >
        <label>
          {t('ui.dialogs.orPath')}
          <input value={path} onChange={(e) => setPath(e.target.value)} data-testid="import-path" />
        </label>
        <div className="buttons">
          {desktopBridge() && (
            <button
              type="button"
              onClick={() => void pickNativePath('import').then((p) => p && onImport({ path: p }))}
            >
              {t('ui.actions.choose')}
            </button>
          )}
          <button type="submit">{t('ui.actions.import')}</button>
        </div>
      </form>
      {onMerge && (
        <section className="merge">
          <h3>{t('ui.dialogs.mergeTitle')}</h3>
          <p className="muted">{t('ui.dialogs.mergeHelp')}</p>
          <input
            type="file"
            accept=".xlsx,.rbw"
            aria-label={t('ui.dialogs.mergeTitle')}
            data-testid="merge-file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) onMerge({ fileName: file.name, contentBase64: await fileToBase64(file) });
            }}
          />
          {desktopBridge() && (
            <button
              type="button"
              onClick={() => void pickNativePath('merge').then((p) => p && onMerge({ path: p }))}
            >
              {t('ui.actions.choose')}
            </button>
          )}
        </section>
      )}
    </Dialog>
  );
}
