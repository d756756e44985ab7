import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import { Dialog } from '../components/Dialog';
import type { MetadataDraft } from './MetadataFields';
import { MetadataFields, metadataOf } from './MetadataFields';

/** The document's details (agency, unit, year, model), edited later: saved as one undoable action. */
export function MetadataDialog({
  metadata,
  onSave,
  onClose,
}: {
  metadata: DocumentMetadata;
  onSave: (metadata: ReturnType<typeof metadataOf>) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MetadataDraft>({
    agency: metadata.agency ?? '',
    unit: metadata.unit ?? '',
    year: metadata.year === null ? '' : String(metadata.year),
    model: metadata.model ?? '',
  });
  return (
    <Dialog title={t('ui.yearly.metadata')} onClose={onClose} testId="metadata-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(metadataOf(draft, true));
        }}
      >
        <MetadataFields draft={draft} onChange={setDraft} />
        <div className="buttons">
          <button type="submit" data-testid="meta-save">
            {t('ui.yearly.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
