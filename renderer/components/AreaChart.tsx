import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { fmt } from './format';

const WBK_MINIMUM_SHARE = 0.6;
const TEXT = '#1d2733';

/** Every area of change: its value against its weight and against the WBK minimum (60% of the weight). */
export const AreaChart = memo(function AreaChart({ summary }: { summary: ScoreSummary }) {
  const { t } = useTranslation();
  const data = summary.nodes
    .filter((n) => n.kind === 'group' && n.level === 'area')
    .map((n) => ({
      name: n.id.replace(/^A\./, ''),
      title: n.title,
      value: Number((n.value ?? 0).toFixed(2)),
      weight: n.weight,
      minimum: Number((n.weight * WBK_MINIMUM_SHARE).toFixed(2)),
    }));
  if (!data.length) return null;
  // The WBK minimum only applies to Zona Integritas templates, which declare the predicates.
  const showMinimum = summary.predicates.length > 0;
  return (
    <figure className="chart" aria-label={t('ui.chartTitle')}>
      <figcaption>{t(showMinimum ? 'ui.chartTitle' : 'ui.chartTitlePlain')}</figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: -24 }} barGap={1}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="name"
            fontSize={11}
            interval={0}
            angle={-45}
            textAnchor="end"
            height={40}
            tick={{ fill: TEXT }}
          />
          <YAxis fontSize={11} tick={{ fill: TEXT }} />
          <Tooltip
            formatter={(value) => fmt(Number(value))}
            labelFormatter={(_label, payload) => String(payload?.[0]?.payload?.title ?? '')}
          />
          {/* Legend text in the text colour (a light bar colour as text would be unreadable). */}
          <Legend
            wrapperStyle={{ fontSize: 11 }}
            formatter={(value) => <span style={{ color: TEXT }}>{value}</span>}
          />
          <Bar dataKey="value" name={t('ui.chartValue')} fill="#1f5fa8" isAnimationActive={false} />
          {showMinimum && (
            <Bar dataKey="minimum" name={t('ui.chartMinimum')} fill="#f2b705" isAnimationActive={false} />
          )}
          <Bar dataKey="weight" name={t('ui.chartWeight')} fill="#aab8c8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});
