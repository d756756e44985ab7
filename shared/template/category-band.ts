import { z } from 'zod';

/** A category band read "> above – upTo" (the lowest band also includes its lower edge). */
export const CategoryBandSchema = z.object({
  label: z.string().min(1),
  above: z.number(),
  upTo: z.number(),
});
export type CategoryBand = z.infer<typeof CategoryBandSchema>;

/** Indeks RB categories: AA >90–100, A >80–90, BB >70–80, B >60–70, CC >50–60, C >30–50, D 0–30. */
export const INDEKS_RB_BANDS: readonly CategoryBand[] = [
  { label: 'AA', above: 90, upTo: 100 },
  { label: 'A', above: 80, upTo: 90 },
  { label: 'BB', above: 70, upTo: 80 },
  { label: 'B', above: 60, upTo: 70 },
  { label: 'CC', above: 50, upTo: 60 },
  { label: 'C', above: 30, upTo: 50 },
  { label: 'D', above: 0, upTo: 30 },
];
