import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { AreaChart } from './AreaChart';
import { fmt, percent } from './format';
import { PredicateList } from './PredicateList';

interface Props {
  unit: ScoreSummary;
  reviewer: ScoreSummary | null;
  /** The workbook's own formulas, for a document imported from an official workbook. */
  workbookTotal: number | null;
  onGainClick: (indicatorId: string) => void;
}

/** Total out of 100, components, category, the WBK / WBBM checks, completeness and where to gain points. */
export function SummaryPanel({ unit, reviewer, workbookTotal, onGainClick }: Props) {
  const { t } = useTranslation();
  const gains = unit.gains.filter((g) => g.gain > 0).slice(0, 8);
  return (
    <aside className="summary" aria-label={t('ui.total')}>
      <section className="totals">
        <div className="total-block">
          <span className="label">{t('ui.total')}</span>
          <span className="total" data-testid="total-score">
            {fmt(unit.total)}
          </span>
          <span className="category" data-testid="category">
            {unit.category ?? '–'}
          </span>
        </div>
        {workbookTotal !== null && (
          <div className="rule-compare" data-testid="rule-compare">
            <span>
              {t('ui.workbookRule')}: <b data-testid="workbook-total">{fmt(workbookTotal)}</b>
            </span>
            <span>
              {t('ui.difference')}: {fmt(unit.total - workbookTotal, 4)}
            </span>
          </div>
        )}
        {reviewer && reviewer.answered > 0 && (
          <div className="reviewer-total">
            {t('ui.reviewer')}: <b data-testid="reviewer-total">{fmt(reviewer.total)}</b> (
            {reviewer.category ?? '–'})
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
      {unit.predicates.length > 0 && <PredicateList predicates={unit.predicates} />}
      <AreaChart summary={unit} />
      {gains.length > 0 && (
        <section>
          <h3>{t('ui.gains')}</h3>
          <ol className="gains">
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
