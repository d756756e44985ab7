import type { ScoreSummary } from '../scoring/summarize';
import type { SheetPlan } from './sheet-plan';
import { plannedRow, setCell } from './sheet-plan';
import type { Translate } from './plan-rekap-sheet';

/**
 * The predicates (Menuju WBK, Menuju WBBM) below the rekap: each condition with its figure, threshold
 * and whether it holds; "every area ≥ 60%" shown under both readings of the regulation (the whole
 * area, and each Pemenuhan / Reform half), as the workbench shows it.
 */
export function planPredicateRows(plan: SheetPlan, summary: ScoreSummary, first: number, t: Translate): void {
  if (!summary.predicates.length) return;
  let at = first;
  const header = plannedRow(at++, 'header');
  [
    t('export.rekap.predicate'),
    t('export.rekap.condition'),
    '',
    t('export.rekap.figure'),
    t('export.rekap.threshold'),
    t('export.rekap.pass'),
  ].forEach((text, col) => setCell(header, col, { value: text || null }));
  plan.rows.push(header);
  const yes = (pass: boolean): string => (pass ? t('export.rekap.yes') : t('export.rekap.no'));
  for (const predicate of summary.predicates) {
    const title = plannedRow(at++, 'area');
    setCell(title, 0, { value: predicate.title });
    setCell(title, 1, {
      value: `${t('export.rekap.whole')}: ${yes(predicate.pass.whole)}; ${t('export.rekap.halves')}: ${yes(predicate.pass.halves)}`,
    });
    plan.rows.push(title);
    for (const condition of predicate.conditions) {
      const row = plannedRow(at++, 'question');
      setCell(row, 1, { value: condition.label });
      const share = condition.kind === 'every-area';
      setCell(row, 3, { value: condition.figure, format: share ? 'percent' : 'decimal' });
      setCell(row, 4, { value: condition.threshold, format: share ? 'percent' : 'decimal' });
      const pass = condition.readings
        ? `${t('export.rekap.whole')}: ${yes(condition.readings.whole.pass)}; ${t('export.rekap.halves')}: ${yes(condition.readings.halves.pass)}`
        : yes(condition.pass);
      setCell(row, 5, { value: pass });
      plan.rows.push(row);
    }
  }
}
