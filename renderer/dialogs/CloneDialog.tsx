import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerDocument } from '../../shared/api/replica-operations';
import { ApiProblems, call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { problemText } from '../i18n';

interface Props {
  /** The replica was made in the workbench's folder: the window opens it. */
  onCloned: (view: Awaited<ReturnType<typeof call<'replica.clone'>>>) => void;
  onClose: () => void;
}

const oneLine = (error: unknown): string =>
  error instanceof ApiProblems ? error.problems.map(problemText).join('; ') : String(error);

/**
 * "Ambil dari server" (issue 25): the server's address, the user's login and password, then the document
 * from the list the server gives after signing in (or its id typed); the replica is made in the
 * workbench's folder, as `rbw clone` makes it, and opened. An error stays on one line in the dialog.
 */
export function CloneDialog({ onCloned, onClose }: Props) {
  const { t } = useTranslation();
  const [server, setServer] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [documents, setDocuments] = useState<ServerDocument[] | null>(null);
  const [documentId, setDocumentId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const account = { server: server.trim(), login: login.trim(), password };
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(oneLine(e));
    } finally {
      setBusy(false);
    }
  };
  const list = () =>
    attempt(async () => {
      const found = await call('replica.serverDocuments', account);
      setDocuments(found);
      if (found[0] && !documentId) setDocumentId(found[0].id);
    });
  const take = () =>
    attempt(async () => {
      const name = documents?.find((d) => d.id === documentId)?.name;
      onCloned(
        await call('replica.clone', { ...account, documentId: documentId.trim(), ...(name ? { name } : {}) }),
      );
    });
  const filled = Boolean(account.server && account.login && account.password);
  return (
    <Dialog title={t('ui.replicaClone.title')} onClose={onClose} testId="clone-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (filled && documentId.trim()) void take();
          else if (filled) void list();
        }}
      >
        <p className="muted">{t('ui.replicaClone.help')}</p>
        <label>
          {t('ui.replicaClone.server')}
          <input
            value={server}
            onChange={(e) => setServer(e.target.value)}
            placeholder="https://lke.example.go.id"
            data-testid="clone-server"
          />
        </label>
        <label>
          {t('ui.replicaClone.login')}
          <input
            value={login}
            onChange={(e) => setLogin(e.target.value)}
            autoComplete="username"
            data-testid="clone-login"
          />
        </label>
        <label>
          {t('ui.replicaClone.password')}
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            data-testid="clone-password"
          />
        </label>
        <div className="buttons">
          <button
            type="button"
            disabled={!filled || busy}
            onClick={() => void list()}
            data-testid="clone-list"
          >
            {t('ui.replicaClone.list')}
          </button>
        </div>
        {documents && documents.length > 0 ? (
          <label>
            {t('ui.replicaClone.document')}
            <select
              value={documentId}
              onChange={(e) => setDocumentId(e.target.value)}
              data-testid="clone-document"
            >
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {[d.name, d.unit, d.year].filter(Boolean).join(' · ')}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            {documents ? t('ui.replicaClone.noDocuments') : t('ui.replicaClone.documentId')}
            <input
              value={documentId}
              onChange={(e) => setDocumentId(e.target.value)}
              data-testid="clone-document-id"
            />
          </label>
        )}
        {error && (
          <p className="sign-in-error" role="alert" data-testid="clone-error">
            {error}
          </p>
        )}
        <div className="buttons">
          <button type="submit" disabled={!filled || !documentId.trim() || busy} data-testid="clone-take">
            {busy ? t('ui.replicaClone.working') : t('ui.replicaClone.take')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
