import type { Figure } from './figure';

/** A time or size as the table shows it: µs below a millisecond, fewer decimals as values grow. */
export function formatValue(value: number | undefined, unit: Figure['unit']): string {
  if (value === undefined || Number.isNaN(value)) return '';
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (value < 0.01) return `${(value * 1000).toFixed(2)} µs`;
  if (value < 1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(0)} ms`;
}

const formatRatio = (ratio: number | undefined): string => {
  if (ratio === undefined) return '';
  return ratio < 0.1 ? `${ratio.toFixed(3)}×` : `${ratio.toFixed(2)}×`;
};

/** The 1-minute load average while a case ran ("0.4→1.2"): figures taken on a busy machine are not quoted. */
const formatLoad = (load: Figure['load']): string =>
  load ? `${load.before.toFixed(1)}→${load.after.toFixed(1)}` : '';

/**
 * The table of figures (median and p99 of each figure and of its baseline timed in the same run, the
 * load average while its case ran), then what each figure and its baseline measure.
 */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['case', 'figure', 'median', 'p99', 'baseline', 'base p99', 'ratio', 'load', 'target', ''];
  const rows = figures.map((f) => [
    String(f.case),
    f.id,
    formatValue(f.median, f.unit),
    formatValue(f.p99, f.unit),
    f.baseline ? formatValue(f.baseline.median, 'ms') : '',
    f.baseline ? formatValue(f.baseline.p99, 'ms') : '',
    formatRatio(f.ratio),
    formatLoad(f.load),
    f.target?.text ?? '',
    f.target ? (f.target.met ? 'met' : 'MISSED') : '',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] as string).length)));
  const right = new Set([2, 3, 4, 5, 6, 7]);
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) =>
        right.has(c) ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number),
      )
      .join('  ')
      .trimEnd();
  const legend = figures.flatMap((f) => [
    `  ${f.id}: ${f.what}`,
    ...(f.baseline ? [`    baseline: ${f.baseline.what}`] : []),
    ...(f.note ? [`    ${f.note}`] : []),
  ]);
  return [line(header), ...rows.map(line), '', 'What each figure measures:', ...legend].join('\n');
}
