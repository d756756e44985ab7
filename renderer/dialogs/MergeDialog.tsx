import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflictView, MergeOutcome } from '../../shared/api/merge-operations';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import type { MergeSource } from './ImportDialog';
import { shownFieldValue } from './merge-value';

type Side = 'theirs' | 'mine';
const keyOf = (c: { itemId: string; field: string }) => `${c.itemId} ${c.field}`;

/**
 * What merging a pokja's file (or another copy of the document) would do, before anything is written:
 * the fields it takes, and every conflict with its base, the document's value (who changed it, when) and
 * the file's, each with a choice. "Gabungkan" applies everything as one undoable action once every
 * conflict has a side.
 */
export function MergeDialog({
  documentId,
  source,
  preview: given,
  onApply,
  onError,
  onClose,
}: {
  documentId: string;
  source: MergeSource & { fileName?: string };
  /** The outcome to settle when it is not a file's preview (a replica's sync with the server, issue 25). */
  preview?: MergeOutcome | undefined;
  onApply: (
    choices: { itemId: string; field: MergeConflictView['field']; take: Side }[],
    allowBlank: boolean,
  ) => void;
  onError: (e: unknown) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [preview, setPreview] = useState<MergeOutcome | null>(given ?? null);
  const [allowBlank, setAllowBlank] = useState(false);
  const [choices, setChoices] = useState<Map<string, Side>>(new Map());
  useEffect(() => {
    let current = true;
    if (given) return;
    call('app.merge', { documentId, ...source, dryRun: true, ...(allowBlank ? { allowBlank } : {}) }).then(
      (outcome) => current && setPreview(outcome),
      (error) => {
        onError(error);
        onClose();
      },
    );
    return () => {
      current = false;
    };
    // The preview is asked for once per file (and again when blanks are allowed).
  }, [documentId, source, allowBlank]);

  const language = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const show = (value: unknown): string => shownFieldValue(value, t, language);
  const field = (name: string) => t(`ui.columns.${name}`);
  const when = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' }) : '';
  // Rows of the file disagreeing (inFile): only the file can say which is the pokja's, or keep the document's.
  const choose = (conflicts: MergeConflictView[], side: Side) =>
    setChoices(
      (old) =>
        new Map([
          ...old,
          ...conflicts.filter((c) => side === 'mine' || !c.inFile).map((c) => [keyOf(c), side] as const),
        ]),
    );

  const name = preview?.fileName ?? source.fileName ?? ('path' in source ? source.path : '');
  const conflicts = preview?.conflicts ?? [];
  const open = conflicts.filter((c) => !choices.has(keyOf(c))).length;
  const taken = conflicts.filter((c) => choices.get(keyOf(c)) === 'theirs').length;
  // A replica's sync writes every settled conflict, whichever side (the server's value stays or is replaced).
  const total = (preview?.changes.length ?? 0) + (given ? conflicts.length - open : taken);
  return (
    <Dialog title={t('ui.merge.title', { file: name })} onClose={onClose} testId="merge-dialog">
      {!preview ? (
        <p className="muted">{t('ui.working')}</p>
      ) : (
        <div className="merge-preview">
          <p data-testid="merge-summary">
            {t('ui.merge.summary', {
              pokja: preview.pokja ?? name,
              changes: preview.changes.length,
              conflicts: conflicts.length,
            })}
          </p>
          {!preview.baseKnown && <p className="notice-text">{t('ui.merge.noBase')}</p>}
          {(preview.blanksKept.length > 0 || allowBlank) && (
            <label className="radio">
              <input type="checkbox" checked={allowBlank} onChange={(e) => setAllowBlank(e.target.checked)} />
              {t('ui.merge.allowBlank', { count: preview.blanksKept.length })}
            </label>
          )}
          {conflicts.length > 0 && (
            <section>
              <h3>{t('ui.merge.conflicts', { count: conflicts.length })}</h3>
              <div className="buttons">
                <button type="button" onClick={() => choose(conflicts, 'mine')}>
                  {t('ui.merge.allMine')}
                </button>
                <button type="button" onClick={() => choose(conflicts, 'theirs')}>
                  {t('ui.merge.allTheirs')}
                </button>
              </div>
              <table className="list merge-conflicts" data-testid="merge-conflicts">
                <thead>
                  <tr>
                    <th>{t('ui.merge.item')}</th>
                    <th>{t('ui.merge.base')}</th>
                    <th>{t('ui.merge.mine')}</th>
                    <th>{t('ui.merge.theirs')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflicts.map((c) => {
                    const key = keyOf(c);
                    const side = choices.get(key);
                    return (
                      <tr key={key} data-testid={`conflict-${c.itemId}-${c.field}`}>
                        <td>
                          <code>{c.itemId}</code> {field(c.field)}
                          {c.row ? (
                            <span className="muted"> · {t('ui.merge.row', { row: c.row })}</span>
                          ) : null}
                        </td>
                        <td>{c.baseKnown ? show(c.base) : '?'}</td>
                        <td>
                          <label className="radio">
                            <input
                              type="radio"
                              name={key}
                              checked={side === 'mine'}
                              onChange={() => choose([c], 'mine')}
                              aria-label={t('ui.merge.keepMine', { code: c.itemId })}
                            />
                            <b>{show(c.ours)}</b>
                          </label>
                          {c.changedBy && (
                            <div className="muted">
                              {t('ui.merge.changedBy', { author: c.changedBy, at: when(c.changedAt) })}
                            </div>
                          )}
                        </td>
                        <td>
                          {c.inFile ? (
                            <div data-testid={`in-file-${c.itemId}-${c.field}`}>
                              <div className="muted">{t('ui.merge.inFile')}</div>
                              {c.inFile.map((r) => (
                                <div key={r.row}>
                                  {t('ui.merge.row', { row: r.row })}: <b>{show(r.value)}</b>
                                </div>
                              ))}
                            </div>
                          ) : (
                            <label className="radio">
                              <input
                                type="radio"
                                name={key}
                                checked={side === 'theirs'}
                                onChange={() => choose([c], 'theirs')}
                                aria-label={t('ui.merge.takeTheirs', { code: c.itemId })}
                              />
                              <b>{show(c.theirs)}</b>
                            </label>
                          )}
                          {c.theirsBy && (
                            <div className="muted">
                              {t('ui.merge.changedBy', { author: c.theirsBy, at: when(c.theirsAt) })}
                            </div>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          )}
          {preview.changes.length > 0 && (
            <section>
              <h3>{t('ui.merge.changes', { count: preview.changes.length })}</h3>
              <table className="list" data-testid="merge-changes">
                <tbody>
                  {preview.changes.slice(0, 200).map((c) => (
                    <tr key={keyOf(c)}>
                      <td>
                        <code>{c.itemId}</code> {field(c.field)}
                      </td>
                      <td>
                        {show(c.before)} → <b>{show(c.after)}</b>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.changes.length > 200 && <p className="muted">… +{preview.changes.length - 200}</p>}
            </section>
          )}
          <div className="buttons merge-apply">
            {open > 0 && <span className="muted">{t('ui.merge.chooseFirst', { count: open })}</span>}
            <button type="button" onClick={onClose}>
              {t('ui.actions.cancel')}
            </button>
            <button
              type="button"
              data-testid="merge-apply"
              disabled={open > 0 || (total === 0 && !given)}
              onClick={() =>
                onApply(
                  conflicts.map((c) => ({
                    itemId: c.itemId,
                    field: c.field,
                    take: choices.get(keyOf(c)) as Side,
                  })),
                  allowBlank,
                )
              }
            >
              {t('ui.merge.apply', { count: total })}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
