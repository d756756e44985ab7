import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText, setLanguage } from '../i18n';
import { useLiveDocument } from '../state/document-store';
import type { DocumentFrame } from '../state/workbench-state';
import { shownTotalError } from '../state/workbench-state';
import { fmt } from './format';
import { serverSession } from '../api/server-session';

export type DialogName =
  | 'new'
  | 'open'
  | 'import'
  | 'export'
  | 'snapshots'
  | 'history'
  | 'findings'
  // The yearly cycle (issue 17): start from last year, the follow-up view, the document's details.
  | 'newFromLastYear'
  | 'followup'
  | 'metadata'
  | 'shortcuts'
  // Surveys that feed Hasil (issue 27).
  | 'survey'
  // "Ambil dari server": a replica of the organisation server's document (issue 25).
  | 'clone'
  | null;

interface Props {
  doc: DocumentFrame | null;
  onDialog: (name: DialogName) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** Shows the welcome screen ("Beranda"). */
  onHome: () => void;
  /** More actions (the coordinator's: portfolio, target plan). */
  extra?: ReactNode;
}

/** The document's name and total, and the actions of the Berkas / Edit menus as buttons. */
export function Header({ doc, onDialog, onUndo, onRedo, onHome, extra }: Props) {
  const { t, i18n } = useTranslation();
  const meta = doc?.view.metadata;
  const onServer = serverSession() !== null;
  const subtitle = [meta?.agency, meta?.unit, meta?.year].filter(Boolean).join(' · ');
  // Undo and redo follow every edit; the rest of the header only another document.
  const canUndo = useLiveDocument((d) => Boolean(doc && d?.canUndo));
  const canRedo = useLiveDocument((d) => Boolean(doc && d?.canRedo));
  return (
    <header className="header">
      <div className="brand">{t('ui.appName')}</div>
      <div className="doc-title" title={doc?.view.path}>
        <div className="doc-name">
          <b>{doc?.view.fileName ?? ''}</b>
          {doc && <span className="muted"> — {doc.view.template.title}</span>}
        </div>
        {doc && (
          <div className="doc-about muted">
            <button
              type="button"
              className="link-button"
              onClick={() => onDialog('metadata')}
              data-testid="metadata-open"
              title={t('ui.yearly.metadata')}
            >
              ✎ {subtitle ? '' : t('ui.yearly.metadata')}
            </button>
            {subtitle}
          </div>
        )}
      </div>
      <nav className="actions" aria-label="menu">
        <button type="button" onClick={onHome} title={t('ui.welcome.homeTitle')} data-testid="home">
          {onServer ? t('ui.server.documentsButton') : t('ui.welcome.home')}
        </button>
        {/* On an organisation's server documents come from its list, not from files of this computer. */}
        {!onServer && (
          <>
            <button type="button" onClick={() => onDialog('new')}>
              {t('ui.actions.new')}
            </button>
            <button
              type="button"
              onClick={() => onDialog('newFromLastYear')}
              data-testid="new-from-last-year"
            >
              {t('ui.yearly.newFromLastYear')}
            </button>
            <button type="button" onClick={() => onDialog('open')}>
              {t('ui.actions.open')}
            </button>
            <button type="button" onClick={() => onDialog('import')}>
              {t('ui.actions.import')}
            </button>
          </>
        )}
        <button type="button" onClick={() => onDialog('export')} disabled={!doc}>
          {t('ui.actions.export')}
        </button>
        <span className="sep" />
        <button type="button" onClick={onUndo} disabled={!canUndo} title="Ctrl+Z" data-testid="undo">
          {t('ui.actions.undo')}
        </button>
        <button type="button" onClick={onRedo} disabled={!canRedo} title="Ctrl+Y" data-testid="redo">
          {t('ui.actions.redo')}
        </button>
        <button type="button" onClick={() => onDialog('snapshots')} disabled={!doc}>
          {t('ui.actions.snapshots')}
        </button>
        <button type="button" onClick={() => onDialog('history')} disabled={!doc}>
          {t('ui.actions.history')}
        </button>
        <button
          type="button"
          onClick={() => onDialog('followup')}
          disabled={!doc}
          data-testid="followup-open"
        >
          {t('ui.followup.open')}
        </button>
        <button type="button" onClick={() => onDialog('survey')} disabled={!doc} data-testid="survey-open">
          {t('ui.survey.open')}
        </button>
        {extra}
        <span className="sep" />
        <button
          type="button"
          onClick={() => setLanguage(i18n.language === 'en' ? 'id' : 'en')}
          data-testid="language"
        >
          {t('ui.actions.language')}
        </button>
      </nav>
      {doc && <HeaderTotal />}
    </header>
  );
}

/** The total and its category; an incomplete workbook says so, names its empty sub-areas, has no category. */
function HeaderTotal() {
  const { t } = useTranslation();
  const doc = useLiveDocument((d) => d);
  if (!doc) return null;
  const error = shownTotalError(doc);
  // A total must be a total: a total cell above its maximum, or not its components' sum, is flagged.
  const warnings = doc.view.totalWarnings ?? [];
  if (error === null)
    return (
      <div className="header-total" aria-live="polite">
        {fmt(doc.unit.total)} <span className="category-badge">{doc.unit.category ?? '–'}</span>
        {warnings.length > 0 && (
          <span
            className="total-warning"
            data-testid="header-total-warning"
            role="img"
            aria-label={t('ui.numbers.totalWarning')}
            title={warnings.map(problemText).join('\n')}
          >
            {' ⚠ '}
            {t('ui.numbers.totalWarning')}
          </span>
        )}
      </div>
    );
  const empty = doc.unit.emptySubAreas.map((s) => `${s.code} ${s.title}`.trim());
  return (
    <div
      className="header-total"
      aria-live="polite"
      data-testid="header-incomplete"
      title={empty.length ? t('ui.numbers.emptySubAreas', { list: empty.join('; ') }) : undefined}
    >
      {t('ui.numbers.totalIncomplete', { error })}
    </div>
  );
}
