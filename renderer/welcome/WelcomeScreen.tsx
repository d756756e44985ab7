import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { serverSession } from '../api/server-session';
import { fmt } from '../components/format';
import type { RecentEntry } from './recent-title';
import { recentTitle } from './recent-title';
import type { AuthorSettings } from './use-author';

export type StartAction = 'new' | 'newFromLastYear' | 'open' | 'import' | 'clone';

interface Props {
  /** The document open behind the welcome screen, if any: one click goes back to it. */
  current: { fileName: string } | null;
  author: AuthorSettings | null;
  onAction: (action: StartAction) => void;
  onOpen: (path: string) => void;
  onSample: () => void;
  onBack: () => void;
  onChangeAuthor: () => void;
}

/**
 * "Beranda": where a new user starts (nothing given at start, no recent document) and where anyone comes
 * back from the header: new document, from last year, open, import, the sample, the user's name for
 * history, and the recent documents with title, total, category and when each was last opened.
 */
export function WelcomeScreen({
  current,
  author,
  onAction,
  onOpen,
  onSample,
  onBack,
  onChangeAuthor,
}: Props) {
  const { t } = useTranslation();
  const recent = useRecent();
  const starts: { action: StartAction | 'sample'; testId: string }[] = [
    { action: 'new', testId: 'welcome-new' },
    { action: 'newFromLastYear', testId: 'welcome-last-year' },
    { action: 'open', testId: 'welcome-open' },
    { action: 'import', testId: 'welcome-import' },
    { action: 'sample', testId: 'welcome-sample' },
  ];
  return (
    <main className="welcome" data-testid="welcome" aria-labelledby="welcome-title">
      <div className="welcome-head">
        <h1 id="welcome-title">{t('ui.welcome.title')}</h1>
        <p className="muted">{t('ui.welcome.intro')}</p>
        {current && (
          <button type="button" onClick={onBack} data-testid="welcome-back">
            {t('ui.welcome.back', { name: current.fileName })}
          </button>
        )}
      </div>
      <div className="welcome-columns">
        <section className="welcome-start" aria-labelledby="welcome-start-title">
          <h2 id="welcome-start-title">{t('ui.welcome.start')}</h2>
          <ul>
            {starts.map(({ action, testId }) => (
              <li key={action}>
                <button
                  type="button"
                  onClick={() => (action === 'sample' ? onSample() : onAction(action))}
                  data-testid={testId}
                >
                  <b>{t(`ui.welcome.actions.${action}`)}</b>
                  <span className="muted">{t(`ui.welcome.actions.${action}Help`)}</span>
                </button>
              </li>
            ))}
            {/* "Ambil dari server" (issue 25): a replica on this laptop, not on the organisation's server. */}
            {serverSession() === null && (
              <li>
                <button type="button" onClick={() => onAction('clone')} data-testid="welcome-clone">
                  <b>{t('ui.replicaClone.menu')}</b>
                  <span className="muted">{t('ui.replicaClone.welcomeHelp')}</span>
                </button>
              </li>
            )}
          </ul>
          <div className="welcome-author" data-testid="welcome-author">
            <span className="muted">{t('ui.author.label')}</span>
            <div>
              <b data-testid="welcome-author-name">{author?.author ?? '…'}</b>
              {author && !author.named && <span className="muted"> {t('ui.author.computerUser')}</span>}{' '}
              <button
                type="button"
                className="link"
                onClick={onChangeAuthor}
                data-testid="welcome-author-change"
              >
                {author?.named ? t('ui.author.change') : t('ui.author.set')}
              </button>
            </div>
          </div>
        </section>
        <section className="welcome-recent" aria-labelledby="welcome-recent-title">
          <h2 id="welcome-recent-title">{t('ui.welcome.recent')}</h2>
          {recent === null ? (
            <p className="muted">{t('ui.loading')}</p>
          ) : recent.entries.length === 0 ? (
            <p className="muted" data-testid="welcome-no-recent">
              {t('ui.welcome.noRecent')}
            </p>
          ) : (
            <RecentTable entries={recent.entries} scored={recent.scored} onOpen={onOpen} />
          )}
        </section>
      </div>
    </main>
  );
}

/** The recent documents: listed at once, their totals as soon as the service has them. */
function useRecent(): { entries: RecentEntry[]; scored: boolean } | null {
  const [recent, setRecent] = useState<{ entries: RecentEntry[]; scored: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    void call('app.recent', {}).then(
      (entries) => live && setRecent((before) => before ?? { entries, scored: false }),
      () => live && setRecent((before) => before ?? { entries: [], scored: false }),
    );
    void call('app.recent', { scores: true }).then(
      (entries) => live && setRecent({ entries, scored: true }),
      () => live && setRecent((before) => ({ entries: before?.entries ?? [], scored: true })),
    );
    return () => {
      live = false;
    };
  }, []);
  return recent;
}

function RecentTable({
  entries,
  scored,
  onOpen,
}: {
  entries: RecentEntry[];
  /** The totals have come (a document that cannot be scored shows "–"). */
  scored: boolean;
  onOpen: (path: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const date = (iso: string) =>
    new Date(iso).toLocaleString(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  return (
    <table className="recent-table">
      <thead>
        <tr>
          <th scope="col">{t('ui.welcome.document')}</th>
          <th scope="col" className="num">
            {t('ui.total')}
          </th>
          <th scope="col">{t('ui.category')}</th>
          <th scope="col">{t('ui.welcome.openedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.path} data-testid="recent-row" onClick={() => onOpen(entry.path)} title={entry.path}>
            <td>
              <button
                type="button"
                className="link"
                onClick={(e) => {
                  e.stopPropagation();
                  onOpen(entry.path);
                }}
                data-testid="recent-open"
              >
                {recentTitle(entry)}
              </button>
              <div className="muted small">
                {[entry.fileName, entry.score?.templateTitle].filter(Boolean).join(' — ')}
              </div>
            </td>
            <td className="num" data-testid="recent-total">
              {entry.score ? fmt(entry.score.total) : scored ? '–' : '…'}
            </td>
            <td data-testid="recent-category">
              {entry.score?.category ? <span className="category-badge">{entry.score.category}</span> : '–'}
            </td>
            <td data-testid="recent-date">{date(entry.openedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
