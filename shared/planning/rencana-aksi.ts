import { formatNumber } from '../format/number';
import type { Translate } from '../i18n/translator';
import type { PlanResult } from './make-plan';

/** One line of the "Rencana Aksi" sheet: cells in column order. */
export type ActionPlanLine = (string | number | null)[];

/**
 * The "Rencana Aksi" sheet of a plan, as lines: a heading (document, target, totals now and after), then
 * one line per change grouped by pokja (no, pokja, code, question, answer now, target answer, points,
 * effort, and empty columns for the person in charge, the target month and the status the pokja fills
 * in), then each pokja's subtotal.
 */
export function rencanaAksiLines(plan: PlanResult, documentName: string, t: Translate): ActionPlanLine[] {
  const lines: ActionPlanLine[] = [
    [t('plan.sheet.title')],
    [t('plan.sheet.document'), documentName],
    [t('plan.sheet.now'), plan.currentTotal, plan.currentCategory],
    [t('plan.sheet.after'), plan.predictedTotal, plan.predictedCategory],
    [plan.reachable ? null : t('plan.unreachable')],
    [
      t('plan.sheet.no'),
      t('plan.sheet.pokja'),
      t('plan.sheet.code'),
      t('plan.sheet.question'),
      t('plan.sheet.from'),
      t('plan.sheet.to'),
      t('plan.sheet.gain'),
      t('plan.sheet.effort'),
      t('plan.sheet.owner'),
      t('plan.sheet.month'),
      t('plan.sheet.status'),
    ],
  ];
  plan.changes.forEach((c, i) =>
    lines.push([
      i + 1,
      c.pokja ?? t('plan.noPokja'),
      c.code,
      c.question,
      c.from,
      c.to,
      c.gain,
      c.effort,
      null,
      null,
      null,
    ]),
  );
  for (const group of plan.byPokja) {
    lines.push([
      null,
      `${group.pokja ?? t('plan.noPokja')} (${t('plan.effortCount', { effort: formatNumber(group.effort, 0), count: group.changes })})`,
      null,
      null,
      null,
      null,
      group.gain,
      group.effort,
    ]);
  }
  return lines;
}
