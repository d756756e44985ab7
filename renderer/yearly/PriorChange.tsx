import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format/number';

/** The change of a value since last year, signed and coloured ("+1,25" green, "−0,40" red). */
export function PriorChange({ now, before }: { now: number | null; before: number | null }) {
  const { t } = useTranslation();
  if (now === null || before === null) return null;
  const delta = now - before;
  const shown = formatNumber(delta, 2);
  const text = delta > 0.005 ? `+${shown}` : shown;
  const tone = delta > 0.005 ? 'pass' : delta < -0.005 ? 'fail' : 'muted';
  return (
    <span
      className={`tree-change ${tone}`}
      title={`${t('ui.columns.delta')}: ${formatNumber(before, 2)} → ${formatNumber(now, 2)}`}
    >
      Δ {text}
    </span>
  );
}
