import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { fmt } from '../components/format';
import { PriorChange } from './PriorChange';

/** Every area's value now and last year, and the change: where the unit went up or down. */
export function AreaChanges({
  unit,
  label,
  prior,
}: {
  unit: ScoreSummary;
  label: string;
  prior: Readonly<Record<string, { value: number | null }>>;
}) {
  const { t } = useTranslation();
  const areas = unit.nodes.filter((n) => n.level === 'area' && prior[n.id]?.value != null);
  if (areas.length === 0) return null;
  return (
    <section data-testid="area-changes">
      <h3>{t('ui.yearly.change', { label })}</h3>
      <table className="components">
        <tbody>
          {areas.map((area) => (
            <tr key={area.id} title={area.title}>
              <td className="area-change-title">
                {area.id} {area.title}
              </td>
              <td className="num muted">{fmt(prior[area.id]?.value ?? null)}</td>
              <td className="num">{fmt(area.value)}</td>
              <td className="num">
                <PriorChange now={area.value} before={prior[area.id]?.value ?? null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
