import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import type { TemplateIndex } from '../../shared/template/template-index';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { historyValue } from './history-value';

type Entry = OperationOutput<'history.list'>['entries'][number];

/**
 * Changes with time, author, old and new value, in words: for the question of the focused row (as it
 * opens), or the whole document at one click.
 */
export function HistoryDialog({
  documentId,
  itemId,
  index,
  onError,
  onClose,
}: {
  documentId: string;
  itemId: string | null;
  index: TemplateIndex | null;
  onError: (e: unknown) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const question = itemId && index?.answerables.has(itemId) ? itemId : null;
  const [scope, setScope] = useState<string | null>(question);
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    void call('history.list', { documentId, ...(scope ? { itemId: scope } : {}), limit: 200 }).then(
      (r) => setEntries(r.entries),
      onError,
    );
  }, [documentId, scope, onError]);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  const title = (id: string | null) => {
    if (!id) return '';
    const item = index?.answerables.get(id);
    return item ? (item.kind === 'input' ? item.input.title : item.indicator.title) : '';
  };
  const show = (field: string, value: unknown) => historyValue(field, value, t, i18n.language);
  return (
    <Dialog
      title={scope ? t('ui.dialogs.historyOf', { code: scope }) : t('ui.dialogs.historyTitle')}
      onClose={onClose}
      testId="history-dialog"
    >
      {question && (
        <div className="history-scope" role="group" aria-label={t('ui.dialogs.historyTitle')}>
          <label className="radio">
            <input type="radio" checked={scope === question} onChange={() => setScope(question)} />
            {question} {title(question)}
          </label>
          <label className="radio">
            <input
              type="radio"
              checked={scope === null}
              onChange={() => setScope(null)}
              data-testid="history-all"
            />
            {t('ui.dialogs.historyAll')}
          </label>
        </div>
      )}
      {entries.length === 0 ? (
        <p className="muted">{t('ui.dialogs.noHistory')}</p>
      ) : (
        <ol className="history">
          {entries.map((e) => (
            <li key={e.id} className={e.state === 'undone' ? 'undone' : undefined}>
              <div>
                <b>{t(`ui.historyKinds.${e.kind}`)}</b> {e.label ?? ''}{' '}
                <span className="muted">
                  · {date(e.at)} · {e.author}
                  {e.state === 'undone' ? ` · ${t('ui.dialogs.undoneEntry')}` : ''}
                </span>
              </div>
              <ul>
                {e.changes.slice(0, 20).map((c, i) => (
                  <li key={i}>
                    {c.itemId && !scope && (
                      <>
                        <code>{c.itemId}</code>{' '}
                      </>
                    )}
                    {c.field === 'metadata' || c.field === 'survey'
                      ? t(`ui.historyKinds.${c.field}`)
                      : t(`ui.columns.${c.field}`)}
                    : <span className="before">{show(c.field, c.before)}</span> →{' '}
                    <span className="after">{show(c.field, c.after)}</span>
                  </li>
                ))}
                {e.changes.length > 20 && <li className="muted">… +{e.changes.length - 20}</li>}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
