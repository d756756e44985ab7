import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerDocumentEntry } from '../api/server-session';
import { serverDocuments, serverSession, signOut } from '../api/server-session';
import { fmt } from '../components/format';

/**
 * The home of the window on an organisation's server: the documents the signed-in user may see, each
 * with its total and category by the service; a click opens one. Listed again each time it is shown.
 */
export function ServerDocuments({
  onOpen,
  onError,
}: {
  onOpen: (documentId: string) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [documents, setDocuments] = useState<ServerDocumentEntry[] | null>(null);
  const session = serverSession();
  useEffect(() => {
    let current = true;
    serverDocuments().then(
      (list) => current && setDocuments(list),
      (error: unknown) => current && onError(error),
    );
    return () => {
      current = false;
    };
  }, [onError]);
  if (!session) return null;
  return (
    <section className="server-documents" data-testid="server-documents">
      <div className="server-documents-head">
        <h2>{t('ui.server.documentsTitle', { organisation: session.organisation })}</h2>
        <span className="muted">
          {t('ui.server.signedInAs', { login: session.login, role: session.role })}
        </span>
        <button type="button" onClick={() => void signOut()} data-testid="sign-out">
          {t('ui.server.signOut')}
        </button>
      </div>
      {documents === null ? (
        <p className="muted">{t('ui.loading')}</p>
      ) : documents.length === 0 ? (
        <p className="muted">{t('ui.server.noDocuments')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('ui.server.document')}</th>
              <th>{t('ui.server.year')}</th>
              <th className="num">{t('ui.total')}</th>
              <th>{t('ui.category')}</th>
              <th className="num">{t('ui.server.answered')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => {
              const title = [d.unit, d.agency].filter(Boolean).join(' · ') || d.name;
              return (
                <tr key={d.id} data-testid={`server-document-${d.name}`}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpen(d.id)}
                      title={t('ui.server.open', { name: d.name })}
                    >
                      {title}
                    </button>
                    <div className="muted">{d.name}</div>
                  </td>
                  <td>{d.year ?? ''}</td>
                  <td className="num">{fmt(d.total)}</td>
                  <td>
                    {d.category ?? (d.incomplete ? '' : '–')}
                    {d.incomplete && (
                      <span className="muted">
                        {d.category ? ' · ' : ''}
                        {t('ui.server.incomplete')}
                      </span>
                    )}
                  </td>
                  <td className="num">
                    {d.answered} / {d.questions}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
