/**
 * The Indeks Kepuasan Masyarakat (IKM) of a Survei Kepuasan Masyarakat by PermenPANRB 14/2017: the
 * average value (NRR) of each element over the respondents who answered it, weighted by 1/9 (or by the
 * 0,111 many applications use: all-4 answers give 100,00 with 1/9 and 99,90 with 0,111), summed and
 * multiplied by 25 to turn the 1–4 scale into 25–100; then the quality (mutu A–D) and performance
 * (kinerja) of the conversion table.
 */
export type SkmWeights = 'exact' | 'rounded';

/** The weight of one element: exactly 1/9, or 0,111 ("Jumlah bobot ÷ jumlah unsur" rounded). */
export function elementWeight(weights: SkmWeights, elements: number): number {
  return weights === 'rounded' ? Math.round((1 / elements) * 1000) / 1000 : 1 / elements;
}

export interface ElementAverage {
  key: string;
  /** Sum of the answers given. */
  sum: number;
  /** Respondents who answered this element. */
  answered: number;
  /** NRR: sum ÷ answered; null when nobody answered. */
  nrr: number | null;
}

/** NRR per element over the respondents who answered it; blank answers (null) are left out. */
export function elementAverages(
  keys: readonly string[],
  answers: readonly Readonly<Record<string, number | null>>[],
): ElementAverage[] {
  return keys.map((key) => {
    let sum = 0;
    let answered = 0;
    for (const respondent of answers) {
      const value = respondent[key];
      if (value === null || value === undefined) continue;
      sum += value;
      answered += 1;
    }
    return { key, sum, answered, nrr: answered ? sum / answered : null };
  });
}

/** IKM = Σ (NRR × weight) × 25; null when some element has no answer at all. */
export function ikmOf(averages: readonly ElementAverage[], weights: SkmWeights = 'exact'): number | null {
  if (!averages.length || averages.some((a) => a.nrr === null)) return null;
  const sum = averages.reduce((total, a) => total + (a.nrr as number), 0);
  // Σ (NRR × 1/n) written as Σ NRR ÷ n: the same number without n roundings of 1/n.
  if (weights === 'exact') return (sum * 25) / averages.length;
  return sum * elementWeight(weights, averages.length) * 25;
}

export type Mutu = 'A' | 'B' | 'C' | 'D';

export interface SkmCategory {
  mutu: Mutu;
  kinerja: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';
}

/**
 * The conversion table (NIK 88,31–100 A Sangat Baik; 76,61–88,30 B Baik; 65,00–76,60 C Kurang Baik;
 * 25,00–64,99 D Tidak Baik), read on the IKM rounded to two decimals as it is shown, so that the gaps
 * between the bands (88,30 | 88,31) fall on one side.
 */
export function skmCategory(ikm: number): SkmCategory {
  const shown = Math.round(ikm * 100);
  if (shown >= 8831) return { mutu: 'A', kinerja: 'Sangat Baik' };
  if (shown >= 7661) return { mutu: 'B', kinerja: 'Baik' };
  if (shown >= 6500) return { mutu: 'C', kinerja: 'Kurang Baik' };
  return { mutu: 'D', kinerja: 'Tidak Baik' };
}
