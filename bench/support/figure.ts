import { median, percentile } from './measure';

/** One measured figure of the bench: a median (and p99 where asked), its baseline, ratio and target. */
export interface Figure {
  /** Stable key, e.g. `import.document`. */
  id: string;
  /** The case number (1–8). */
  case: number;
  what: string;
  unit: 'ms' | 'MB';
  median: number;
  p99: number;
  samples: number;
  baseline?: { what: string; median: number; p99: number };
  /** median ÷ baseline median (how many times the baseline's time). */
  ratio?: number;
  target?: { text: string; met: boolean };
  note?: string;
  /** The 1-minute load average of the machine when the figure's case started and when it ended. */
  load?: { before: number; after: number };
}

export interface Target {
  text: string;
  /** Checks the figure (ratio, median or p99) against the target. */
  met: (figure: Figure) => boolean;
}

export interface FigureInput {
  id: string;
  case: number;
  what: string;
  samples: readonly number[];
  unit?: Figure['unit'];
  baseline?: { what: string; samples: readonly number[] };
  target?: Target;
  note?: string;
}

/**
 * Summarises samples into a figure: median and p99 of the figure and of its baseline (timed in the same
 * run), the ratio of the medians, the target's verdict.
 */
export function figure(input: FigureInput): Figure {
  const result: Figure = {
    id: input.id,
    case: input.case,
    what: input.what,
    unit: input.unit ?? 'ms',
    median: median(input.samples),
    p99: percentile(input.samples, 99),
    samples: input.samples.length,
  };
  if (input.baseline) {
    result.baseline = {
      what: input.baseline.what,
      median: median(input.baseline.samples),
      p99: percentile(input.baseline.samples, 99),
    };
    result.ratio = result.median / result.baseline.median;
  }
  if (input.note) result.note = input.note;
  if (input.target) result.target = { text: input.target.text, met: input.target.met(result) };
  return result;
}

/** Targets of the issue, phrased as the table prints them. */
export const targets = {
  ratioAtMost: (max: number): Target => ({
    text: `≤ ${max}× baseline`,
    met: (f) => f.ratio !== undefined && f.ratio <= max,
  }),
  timesFaster: (factor: number): Target => ({
    text: `≥ ${factor}× faster`,
    met: (f) => f.ratio !== undefined && f.ratio <= 1 / factor,
  }),
  medianBelow: (ms: number): Target => ({ text: `< ${ms} ms`, met: (f) => f.median < ms }),
  medianAtMost: (ms: number): Target => ({ text: `≤ ${ms} ms`, met: (f) => f.median <= ms }),
  p99Below: (ms: number): Target => ({ text: `p99 < ${ms} ms`, met: (f) => f.p99 < ms }),
  below: (value: number, unit: string): Target => ({
    text: `< ${value} ${unit}`,
    met: (f) => f.median < value,
  }),
};
