import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../shared/api/coordinator-operations';
import { parseCodeList, parseEffortList } from '../../shared/planning/plan-options';
import type { Reading } from '../../shared/planning/plan-target';
import { ApiProblems, call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { fmt } from '../components/format';
import { downloadWorkbook, pickNativePath } from '../dialogs/pick-path';
import type { PasteEdit } from '../grid/plan-paste';

const READINGS: readonly Reading[] = ['both', 'whole', 'halves'];

/**
 * The target planner: a target (`+10`, `71`, `B`, `wbk`) with the reading of a predicate, optionally one
 * pokja, codes that may not change and effort per code, and the least-effort set of answer changes that
 * reaches it by the document's leading rule, grouped by pokja. "Terapkan" makes every change as one
 * undoable action; the plan can be downloaded as a "Rencana Aksi" workbook.
 */
export function PlannerPanel({
  documentId,
  pokjas,
  onApply,
  onClose,
}: {
  documentId: string;
  pokjas: string[];
  onApply: (edits: PasteEdit[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('+10');
  const [pokja, setPokja] = useState('');
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState<Reading>('both');
  const [lock, setLock] = useState('');
  const [effortText, setEffortText] = useState('');
  const [exported, setExported] = useState<string | null>(null);
  const problemText = (e: unknown) =>
    e instanceof ApiProblems ? e.problems.map((p) => t(p.code, p.params ?? {})).join('; ') : String(e);
  /** The request as typed, or null (with the entry named) when an effort entry cannot be read. */
  const request = () => {
    const efforts = parseEffortList([effortText]);
    if (!efforts.ok) {
      setError(t('ui.coordinator.badEffort', { entry: efforts.entry }));
      return null;
    }
    const locked = parseCodeList(lock);
    return {
      documentId,
      target,
      reading,
      ...(pokja ? { pokja } : {}),
      ...(locked.length ? { locked } : {}),
      ...(Object.keys(efforts.effort).length ? { effort: efforts.effort } : {}),
    };
  };
  const make = () => {
    setError(null);
    setExported(null);
    const asked = request();
    if (!asked) return;
    setBusy(true);
    call('plan.make', asked)
      .then(setPlan, (e: unknown) => {
        setPlan(null);
        setError(problemText(e));
      })
      .finally(() => setBusy(false));
  };
  const exportPlan = async () => {
    const asked = request();
    const path = await pickNativePath('export');
    if (!asked || path === null) return;
    setBusy(true);
    try {
      const result = await call('plan.export', { ...asked, ...(path ? { path } : {}) });
      if (result.contentBase64) downloadWorkbook(result.fileName, result.contentBase64);
      setExported(result.path);
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const groups = plan ? [...new Set(plan.changes.map((c) => c.pokja))] : [];
  return (
    <Dialog title={t('ui.coordinator.planner')} onClose={onClose} testId="planner">
      <form
        className="planner-form"
        onSubmit={(e) => {
          e.preventDefault();
          make();
        }}
      >
        <label>
          {t('ui.coordinator.target')}{' '}
          <input
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            data-testid="plan-target"
            size={8}
            title={t('ui.coordinator.targetHelp')}
          />
        </label>
        <label>
          {t('ui.coordinator.pokja')}{' '}
          <select value={pokja} onChange={(e) => setPokja(e.target.value)}>
            <option value="">{t('ui.coordinator.everyPokja')}</option>
            {pokjas.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ui.coordinator.reading')}{' '}
          <select
            value={reading}
            onChange={(e) => setReading(e.target.value as Reading)}
            data-testid="plan-reading"
            title={t('ui.coordinator.readingHelp')}
          >
            {READINGS.map((r) => (
              <option key={r} value={r}>
                {t(`plan.reading.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ui.coordinator.lock')}{' '}
          <input
            value={lock}
            onChange={(e) => setLock(e.target.value)}
            data-testid="plan-lock"
            size={12}
            placeholder="A.II.6, B"
            title={t('ui.coordinator.lockHelp')}
          />
        </label>
        <label>
          {t('ui.coordinator.effortInput')}{' '}
          <input
            value={effortText}
            onChange={(e) => setEffortText(e.target.value)}
            data-testid="plan-effort"
            size={14}
            placeholder="A.I.1=2; A.II.3.i.a=3"
            title={t('ui.coordinator.effortHelp')}
          />
        </label>
        <button type="submit" disabled={busy} data-testid="plan-make">
          {busy ? t('ui.working') : t('ui.coordinator.make')}
        </button>
      </form>
      <p className="muted">{t('ui.coordinator.targetHelp')}</p>
      {error && <p className="error">{error}</p>}
      {plan && (
        <div className="plan" data-testid="plan-result">
          <p>
            <b>
              {fmt(plan.currentTotal)} ({plan.currentCategory ?? '–'}) → {fmt(plan.predictedTotal)} (
              {plan.predictedCategory ?? '–'})
            </b>{' '}
            · {t('ui.coordinator.effort', { effort: fmt(plan.effort, 0), count: plan.changes.length })} ·{' '}
            {t(plan.rule === 'workbook' ? 'ui.coordinator.byWorkbook' : 'ui.coordinator.byStandard')}
          </p>
          {!plan.reachable && <p className="error">{t('ui.coordinator.unreachable')}</p>}
          <table className="plan-table">
            <thead>
              <tr>
                <th>{t('ui.coordinator.code')}</th>
                <th>{t('ui.coordinator.question')}</th>
                <th>{t('ui.coordinator.from')}</th>
                <th>{t('ui.coordinator.to')}</th>
                <th>{t('ui.coordinator.gain')}</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group ?? ''}>
                <tr className="plan-group">
                  <th colSpan={5}>{group ?? t('ui.coordinator.noPokja')}</th>
                </tr>
                {plan.changes
                  .filter((c) => c.pokja === group)
                  .map((c) => (
                    <tr key={c.id}>
                      <td>{c.code}</td>
                      <td className="question">{c.question}</td>
                      <td>{typeof c.from === 'number' ? fmt(c.from) : (c.from ?? '–')}</td>
                      <td>
                        <b>{typeof c.to === 'number' ? fmt(c.to) : c.to}</b>
                      </td>
                      <td className="num">+{fmt(c.gain)}</td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
          <button
            type="button"
            disabled={plan.changes.length === 0}
            data-testid="plan-apply"
            onClick={() =>
              onApply(
                plan.changes.map((c, i) => ({
                  itemId: c.code,
                  field: 'answer',
                  text: typeof c.to === 'number' ? String(c.to) : c.to,
                  line: i + 1,
                })),
              )
            }
          >
            {t('ui.coordinator.apply')}
          </button>{' '}
          <button type="button" disabled={busy} data-testid="plan-export" onClick={() => void exportPlan()}>
            {t('ui.coordinator.exportPlan')}
          </button>
          {exported && (
            <span className="muted" data-testid="plan-exported">
              {' '}
              {t('ui.coordinator.exportedPlan', { path: exported })}
            </span>
          )}
        </div>
      )}
    </Dialog>
  );
}
