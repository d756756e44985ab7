import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import { WORK_STATUSES } from '../../shared/records/answer-record';
import type { WorkStatus } from '../../shared/records/answer-record';
import { isOverdue } from '../../shared/yearly/recommendation';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';

type Recommendation = OperationOutput<'recommendations.list'>[number];

/** Today as `YYYY-MM-DD` in the user's time zone. */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * The follow-up view (tindak lanjut): every recommendation with the part of the LKE it concerns, its
 * pokja, month due and status; filters for overdue ones and per pokja; a form to add one (typed or
 * pasted from the evaluator's report); per row, the status and the evidence of completion.
 */
export function FollowupDialog({
  documentId,
  titleOf,
  onError,
  onClose,
}: {
  documentId: string;
  /** The title of a question or part of the LKE by its code. */
  titleOf: (id: string) => string | undefined;
  onError: (error: unknown) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [list, setList] = useState<Recommendation[]>([]);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [pokja, setPokja] = useState('');
  const [draft, setDraft] = useState({ text: '', targetId: '', pokja: '', dueMonth: '' });
  const [edits, setEdits] = useState<Record<number, { status: WorkStatus; evidence: string }>>({});
  const now = today();
  const reload = useCallback(
    () => void call('recommendations.list', { documentId }).then(setList, onError),
    [documentId, onError],
  );
  useEffect(reload, [reload]);
  const pokjas = useMemo(
    () => [...new Set(list.map((r) => r.pokja).filter((p): p is string => !!p))].sort(),
    [list],
  );
  const shown = list.filter((r) => (!overdueOnly || isOverdue(r, now)) && (!pokja || r.pokja === pokja));
  const add = async () => {
    try {
      await call('recommendations.add', {
        documentId,
        recommendation: {
          text: draft.text,
          targetId: draft.targetId.trim() || null,
          pokja: draft.pokja.trim() || null,
          dueMonth: draft.dueMonth.trim() || null,
          source: 'report',
        },
      });
      setDraft({ text: '', targetId: '', pokja: '', dueMonth: '' });
      reload();
    } catch (error) {
      onError(error);
    }
  };
  const save = async (
    r: Recommendation,
    changes: Parameters<typeof call<'recommendations.set'>>[1]['changes'],
  ) => {
    try {
      const saved = await call('recommendations.set', { documentId, id: r.id, changes });
      setList((current) => current.map((x) => (x.id === saved.id ? saved : x)));
      setEdits(({ [r.id]: _done, ...rest }) => rest);
    } catch (error) {
      onError(error);
    }
  };
  return (
    <Dialog title={t('ui.followup.title')} onClose={onClose} testId="followup-dialog">
      <div className="filter-bar" role="toolbar">
        <label className="filter">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) => setOverdueOnly(e.target.checked)}
            data-testid="followup-overdue"
          />
          {t('ui.followup.overdue')}
        </label>
        <label className="filter">
          {t('ui.followup.pokja')}
          <select value={pokja} onChange={(e) => setPokja(e.target.value)} data-testid="followup-pokja">
            <option value="">{t('ui.followup.anyPokja')}</option>
            {pokjas.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="followup-table" data-testid="followup-table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('followup.columns.code')}</th>
            <th>{t('ui.followup.text')}</th>
            <th>{t('ui.followup.pokja')}</th>
            <th>{t('ui.followup.due')}</th>
            <th>{t('ui.columns.status')}</th>
            <th>{t('ui.followup.evidence')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => {
            const edit = edits[r.id] ?? { status: r.status, evidence: r.evidence ?? '' };
            const changed = edit.status !== r.status || edit.evidence !== (r.evidence ?? '');
            const late = isOverdue(r, now);
            return (
              <tr key={r.id} data-testid={`followup-row-${r.id}`} className={late ? 'overdue' : undefined}>
                <td>{r.id}</td>
                <td className="code" title={r.targetId ? titleOf(r.targetId) : undefined}>
                  {r.targetId ?? t('ui.followup.whole')}
                </td>
                <td>
                  {r.text} <span className="muted">({t(`ui.followup.sources.${r.source}`)})</span>
                  {r.proposed && <span className="badge">{t('ui.followup.proposed')}</span>}
                  {late && <span className="badge fail">{t('ui.followup.overdueBadge')}</span>}
                </td>
                <td>{r.pokja ?? ''}</td>
                <td>{r.dueMonth ?? ''}</td>
                <td>
                  <select
                    value={edit.status}
                    onChange={(e) =>
                      setEdits({ ...edits, [r.id]: { ...edit, status: e.target.value as WorkStatus } })
                    }
                    data-testid={`followup-status-${r.id}`}
                  >
                    {WORK_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`ui.status.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    value={edit.evidence}
                    onChange={(e) => setEdits({ ...edits, [r.id]: { ...edit, evidence: e.target.value } })}
                    data-testid={`followup-evidence-${r.id}`}
                  />
                </td>
                <td>
                  {changed && (
                    <button
                      type="button"
                      onClick={() =>
                        void save(r, { status: edit.status, evidence: edit.evidence.trim() || null })
                      }
                      data-testid={`followup-save-${r.id}`}
                    >
                      {t('ui.yearly.save')}
                    </button>
                  )}
                  {r.proposed && !changed && (
                    <button type="button" onClick={() => void save(r, { proposed: false })}>
                      {t('ui.followup.accept')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length === 0 && <p className="muted">{t('ui.followup.none')}</p>}
      <form
        className="followup-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.text.trim()) void add();
        }}
      >
        <label>
          {t('ui.followup.text')}
          <textarea
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            rows={2}
            data-testid="followup-text"
          />
        </label>
        <label>
          {t('ui.followup.target')}
          <input
            value={draft.targetId}
            onChange={(e) => setDraft({ ...draft, targetId: e.target.value })}
            data-testid="followup-target"
          />
        </label>
        <label>
          {t('ui.followup.pokja')}
          <input
            value={draft.pokja}
            onChange={(e) => setDraft({ ...draft, pokja: e.target.value })}
            data-testid="followup-new-pokja"
          />
        </label>
        <label>
          {t('ui.followup.due')}
          <input
            value={draft.dueMonth}
            onChange={(e) => setDraft({ ...draft, dueMonth: e.target.value })}
            placeholder="2026-05"
            pattern="\d{4}-(0[1-9]|1[0-2])"
            data-testid="followup-due"
          />
        </label>
        <div className="buttons">
          <button type="submit" data-testid="followup-add">
            {t('ui.followup.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
