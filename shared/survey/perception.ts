import type { ElementAverage } from './skm';

/**
 * The ZI perception surveys (IPAK, IPKP): the unit runs them on its own scale (1–4, 1–6, …) and the LKE
 * asks for a value 0–4. There is no single official conversion for a scale other than 1–4, so the
 * conversion is a setting of the survey, stated beside its value:
 * - `proportional`: rata-rata × 4 ÷ skala (a 0–100 "nilai konversi" of rata-rata × 100 ÷ skala, ÷ 25);
 * - `range`: 1 + 3 × (rata-rata − 1) ÷ (skala − 1), stretching 1..skala onto 1..4.
 * Both leave a 1–4 survey as it is.
 */
export type Conversion = 'proportional' | 'range';

export const CONVERSIONS: readonly Conversion[] = ['proportional', 'range'];

/** The average on the survey's own scale: the mean of the items' averages (each over who answered it). */
export function perceptionAverage(averages: readonly ElementAverage[]): number | null {
  const answered = averages.filter((a) => a.nrr !== null);
  if (!answered.length) return null;
  return answered.reduce((sum, a) => sum + (a.nrr as number), 0) / answered.length;
}

/** The 0–4 value the LKE takes from an average on a 1–`scale` scale. */
export function toLkeValue(average: number, scale: number, conversion: Conversion): number {
  if (conversion === 'range') return 1 + (3 * (average - 1)) / (scale - 1);
  return (average * 4) / scale;
}

/** The ZI minimums of PermenPANRB 90/2021 (Tabel 6): IPAK 3,60 for both; IPKP 3,20 WBK and 3,60 WBBM. */
export const PERCEPTION_MINIMUMS = {
  ipak: { wbk: 3.6, wbbm: 3.6 },
  ipkp: { wbk: 3.2, wbbm: 3.6 },
} as const;

/** The TPN's minimum of respondents for one unit (PermenPANRB 90/2021). */
export const PERCEPTION_MIN_RESPONDENTS = 30;

export type PerceptionCategory = 'WBBM' | 'WBK' | 'di bawah minimum';

/** Which predicate's survey minimum the value meets, read on the value rounded to two decimals. */
export function perceptionCategory(kind: 'ipak' | 'ipkp', value: number): PerceptionCategory {
  const shown = Math.round(value * 100);
  const min = PERCEPTION_MINIMUMS[kind];
  if (shown >= Math.round(min.wbbm * 100)) return 'WBBM';
  if (shown >= Math.round(min.wbk * 100)) return 'WBK';
  return 'di bawah minimum';
}
