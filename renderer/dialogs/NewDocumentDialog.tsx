import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopBridge } from '../api/client';
import { Dialog } from '../components/Dialog';
import { TemplateSelect } from './TemplateSelect';
import { pickNativePath } from './pick-path';
import type { MetadataDraft } from '../yearly/MetadataFields';
import { EMPTY_DRAFT, MetadataFields, metadataOf } from '../yearly/MetadataFields';

interface Props {
  onCreate: (templateId: string, path: string | null, metadata: ReturnType<typeof metadataOf>) => void;
  onClose: () => void;
}

/** A new document from a built-in template; without a location it goes to the workbench's folder. */
export function NewDocumentDialog({ onCreate, onClose }: Props) {
  const { t } = useTranslation();
  const [templateId, setTemplateId] = useState('zi-2026');
  const [path, setPath] = useState('');
  const [draft, setDraft] = useState<MetadataDraft>(EMPTY_DRAFT);
  return (
    <Dialog title={t('ui.dialogs.newTitle')} onClose={onClose} testId="new-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onCreate(templateId, path.trim() || null, metadataOf(draft));
        }}
      >
        <TemplateSelect value={templateId} onChange={setTemplateId} testId="new-template" />
        <MetadataFields draft={draft} onChange={setDraft} />
        <label>
          {t('ui.dialogs.path')}
          <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="(otomatis)" />
        </label>
        <div className="buttons">
          {desktopBridge() && (
            <button type="button" onClick={() => void pickNativePath('new').then((p) => p && setPath(p))}>
              {t('ui.actions.choose')}
            </button>
          )}
          <button type="submit">{t('ui.actions.create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
