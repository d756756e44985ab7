import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { fmt, percent } from './format';
import { PredicateList } from './PredicateList';
import { AreaChanges } from '../yearly/AreaChanges';
import type { AnswerSetsView } from '../../shared/api/document-operations';
import { AnswerSets } from './AnswerSets';

// The chart library is the largest part of the screen's code after the grid: loaded after the first paint.
const AreaChart = lazy(async () => ({ default: (await import('./AreaChart')).AreaChart }));

interface Props {
  /**
   * The unit's scores by the leading rule (the workbook's own formulas when the document came from one,
   * else the regulation's), with its places to gain points.
   */
  unit: ScoreSummary;
  /** The same scores for the chart, which may follow a moment later. */
  chart: ScoreSummary;
  /** The regulation's rule beside the workbook's (null for documents made from a template). */
  standard: ScoreSummary | null;
  reviewer: ScoreSummary | null;
  /** The places to gain points were ranked before the last edit; the service is ranking them again. */
  gainsStale: boolean;
  /** Last year's total (and value per node) from a workbook holding two years or last year's LKE. */
  priorYear: {
    label: string;
    total: number | null;
    items?: Readonly<Record<string, { value: number | null }>> | undefined;
  } | null;
  onGainClick: (indicatorId: string) => void;
  /** Opens the workbook's findings (documents imported from a workbook). */
  onFindings: () => void;
  /** Folds the panel away (the grid gets its width). */
  onCollapse: () => void;
  /** A workbook of several answer sheets: which is on screen, the headline, the others (issue 22). */
  answerSets?: AnswerSetsView | null | undefined;
  onOpenAnswerSet?: ((sheet: string) => void) | undefined;
  /** The built-in template that scored a workbook computing no scores of its own. */
  builtinTemplate?: string | null | undefined;
  /** What the workbook shows for the total when it is an error (#DIV/0!): incomplete, no category. */
  totalError?: string | null | undefined;
}

/** Total out of 100, components, category, the WBK / WBBM checks, completeness and where to gain points. */
export function SummaryPanel({
  unit,
  chart,
  standard,
  reviewer,
  gainsStale,
  priorYear,
  onGainClick,
  onFindings,
  onCollapse,
  answerSets,
  onOpenAnswerSet,
  builtinTemplate,
  totalError,
}: Props) {
  const { t } = useTranslation();
  const chartShown = useAfterPaint();
  // The places to gain points follow with the chart, after the frame that paints the totals.
  const gains = chart.gains.filter((g) => g.gain > 0).slice(0, 8);
  return (
    <aside className="summary" aria-label={t('ui.total')}>
      <button
        type="button"
        className="panel-fold"
        onClick={onCollapse}
        aria-label={t('ui.panels.hideSummary')}
        title={t('ui.panels.hideSummary')}
        data-testid="summary-hide"
      >
        »
      </button>
      <section className="totals">
        <div className="total-block">
          <span className="label" data-testid="total-label">
            {answerSets ? t('ui.numbers.sheetTotal', { sheet: answerSets.shown }) : t('ui.total')}
          </span>
          {totalError ? (
            <span className="total-incomplete" data-testid="total-incomplete">
              {t('ui.numbers.totalIncomplete', { error: totalError })}
            </span>
          ) : (
            <>
              <span className="total" data-testid="total-score">
                {fmt(unit.total)}
              </span>
              <span className="category" data-testid="category">
                {unit.category ?? '–'}
              </span>
            </>
          )}
        </div>
        {answerSets && <AnswerSets sets={answerSets} onOpen={(sheet) => onOpenAnswerSet?.(sheet)} />}
        {builtinTemplate && (
          <div className="muted" data-testid="scored-by">
            {t('ui.numbers.builtinScored', { title: builtinTemplate })}
          </div>
        )}
        {standard && (
          <div className="rule-compare" data-testid="rule-compare">
            <div className="muted">{t('ui.byWorkbookRule')}</div>
            <div>
              {t('ui.standardRule')}: <b data-testid="standard-total">{fmt(standard.total)}</b>
              {/* No difference from a workbook total that is an error (it has no value to subtract). */}
              {!totalError && (
                <>
                  {' ('}
                  <span data-testid="rule-difference">
                    {t('ui.numbers.difference')} {unit.total >= standard.total ? '+' : ''}
                    {fmt(unit.total - standard.total, 4)}
                  </span>
                  )
                </>
              )}
            </div>
            <button type="button" className="link" onClick={onFindings} data-testid="open-findings">
              {t('ui.dialogs.findingsButton')}
            </button>
          </div>
        )}
        {priorYear && priorYear.total !== null && (
          <div className="prior-total" data-testid="prior-total">
            {priorYear.label}: <b>{fmt(priorYear.total)}</b> (Δ {unit.total >= priorYear.total ? '+' : ''}
            {fmt(unit.total - priorYear.total)})
          </div>
        )}
        {reviewer && reviewer.answered > 0 && (
          <div className="reviewer-total">
            {t('ui.reviewer')}: <b data-testid="reviewer-total">{fmt(reviewer.total)}</b> (
            {reviewer.category ?? '–'}) ·{' '}
            {t('ui.reviewedOf', { reviewed: reviewer.answered, questions: reviewer.questions })}
          </div>
        )}
        <div className="completeness" data-testid="completeness">
          {t('ui.answeredOf', { answered: unit.answered, questions: unit.questions })}
        </div>
      </section>
      <section>
        <h3>{t('ui.components')}</h3>
        <table className="components">
          <tbody>
            {unit.components.map((c) => (
              <tr key={c.id}>
                <td>
                  {c.code} {c.title}
                </td>
                <td className="num" data-testid={`component-${c.id}`}>
                  {fmt(c.value)}
                </td>
                <td className="num muted">/ {fmt(c.weight)}</td>
                <td className="num muted">{percent(c.value, c.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {priorYear?.items && <AreaChanges unit={unit} label={priorYear.label} prior={priorYear.items} />}
      {unit.predicates.length > 0 && <PredicateList predicates={unit.predicates} />}
      <Suspense fallback={<div className="chart" />}>
        {chartShown ? <AreaChart summary={chart} /> : <div className="chart" />}
      </Suspense>
      {gains.length > 0 && (
        <section>
          <h3>{t('ui.gains')}</h3>
          <ol className={gainsStale ? 'gains stale' : 'gains'} data-testid="gains" aria-busy={gainsStale}>
            {gains.map((g) => (
              <li key={g.id}>
                <button type="button" className="link" onClick={() => onGainClick(g.id)} title={g.title}>
                  +{fmt(g.gain)} <span className="muted">{g.id}</span> {g.title}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}

/** True once the screen has been painted after this part appeared: for what need not be in the first frame. */
function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
