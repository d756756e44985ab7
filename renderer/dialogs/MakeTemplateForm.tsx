import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import { call } from '../api/client';

type Made = OperationOutput<'templates.fromDocument'>;

interface Props {
  documentId: string;
  /** The workbook's file name, from which the suggested id and name are made. */
  fileName: string;
}

/**
 * "Jadikan template": the structure the reader found in the workbook this document was imported from
 * (tree, weights, answer types, derived and gated rows, and the workbook itself, emptied) saved among the
 * user's templates, for next year's documents or for every OPD (`rbw template export` sends it on).
 */
export function MakeTemplateForm({ documentId, fileName }: Props) {
  const { t } = useTranslation();
  const base = fileName.replace(/\.[^.]+$/, '');
  const [id, setId] = useState(
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'template',
  );
  const [name, setName] = useState(base);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      setMade(await call('templates.fromDocument', { documentId, id: id.trim(), name: name.trim() }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="make-template" aria-labelledby="make-template-title" data-testid="make-template">
      <h3 id="make-template-title">{t('ui.makeTemplate.title')}</h3>
      <p className="muted">{t('ui.makeTemplate.help')}</p>
      <label>
        {t('ui.makeTemplate.id')}
        <input value={id} onChange={(e) => setId(e.target.value)} data-testid="make-template-id" />
      </label>
      <label>
        {t('ui.makeTemplate.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="make-template-name" />
      </label>
      <button
        type="button"
        onClick={() => void submit()}
        disabled={busy || !id.trim() || !name.trim()}
        data-testid="make-template-save"
      >
        {busy ? t('ui.loading') : t('ui.makeTemplate.save')}
      </button>
      {made && (
        <p role="status" data-testid="make-template-done">
          {t(made.replaced ? 'ui.makeTemplate.replaced' : 'ui.makeTemplate.saved', {
            id: made.id,
            title: made.title,
            questions: made.questions,
          })}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
