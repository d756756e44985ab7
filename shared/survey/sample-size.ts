/**
 * The sample a survey needs for a population of N by Krejcie & Morgan (the table PermenPANRB 14/2017
 * points to): S = λ²·N·P·Q ÷ (d²·(N−1) + λ²·P·Q) with λ² = 3,841, P = Q = 0,5, d = 0,05, rounded half
 * up. The published table says 384 from 100 000 on, where the formula gives 383 up to about 110 000:
 * the table is what evaluators read, so it wins there.
 */
export function krejcieMorganSample(population: number): number {
  if (!Number.isFinite(population) || population < 1) return 0;
  const n = Math.floor(population);
  if (n >= 100_000) return 384;
  const chi = 3.841;
  const pq = 0.25;
  const d2 = 0.0025;
  const s = (chi * n * pq) / (d2 * (n - 1) + chi * pq);
  return Math.min(n, Math.floor(s + 0.5));
}
