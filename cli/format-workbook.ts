import type { Translate } from '../shared/i18n/translator';
import { formatProblem } from '../shared/i18n/translator';
import { formatNumber } from '../shared/format/number';
import { readableFindingParams, shortFormula, signedEffect } from '../shared/workbook/findings/finding-text';
import type { ImportedWorkbook } from '../service/api/workbooks';
import { cellName } from '../shared/workbook/read/cell-address';

const FORMULA_SHOWN = 160;
const TOTAL_CHECKS = new Set([
  'finding.totalAboveMaximum',
  'finding.totalNotItsComponents',
  'finding.totalNotATotal',
  'finding.addedTotalAboveMaximum',
]);

/** A total as users read it ("95,58"), or "belum lengkap" with the error Excel shows. */
export function formatTotal(
  value: number | null,
  error: string | undefined,
  t: Translate,
  decimals = 2,
): string {
  if (value !== null) return formatNumber(value, decimals);
  return error ? `${t('workbook.incomplete')} (${t('workbook.totalError', { error })})` : '–';
}

/** The lines above the score table: both totals, their difference, and last year's totals. */
export function formatWorkbookTotals(
  imported: ImportedWorkbook,
  t: Translate,
  rule: 'workbook' | 'standard',
  breakdown: 'workbook' | 'standard' = rule,
): string[] {
  const { totals } = imported;
  const computesNothing = !imported.layout.total;
  const shownWorkbook = computesNothing
    ? `– (${t('workbook.noFormulas', { template: imported.template.id })})`
    : formatTotal(totals.workbook, totals.workbookError, t);
  const headline = totals.ofSheet
    ? ` (${t('workbook.ofSheet', { sheet: totals.ofSheet })})`
    : imported.layout.total?.sheet
      ? ` (${t('workbook.headlineAt', { cell: `'${imported.layout.total.sheet}'!${cellName(imported.layout.total.row, imported.layout.total.col)}` })})`
      : '';
  const lines = [
    `${t('workbook.totalBy', { rule: t('workbook.ruleWorkbook') })}: ${shownWorkbook}${headline}` +
      (totals.cached !== null && totals.workbook !== null && Math.abs(totals.cached - totals.workbook) > 5e-5
        ? ` (${t('workbook.cached')}: ${formatNumber(totals.cached)})`
        : ''),
    `${t('workbook.totalBy', { rule: t('workbook.ruleStandard') })}: ${formatNumber(totals.standard)}`,
  ];
  if (totals.workbook !== null) {
    lines.push(`${t('workbook.difference')}: ${signedEffect(totals.workbook - totals.standard, 2)}`);
  }
  // A total must be a total: a total above its maximum, or not the sum of its components, said here.
  for (const f of imported.findings.filter((f) => TOTAL_CHECKS.has(f.code)))
    lines.push(formatProblem({ ...f, where: { ...f.where, file: undefined } }, t));
  const prior = imported.priorYear;
  if (prior) {
    lines.push(
      `${t('workbook.priorYear', { label: prior.year ?? prior.label })}: ${formatTotal(prior.workbookTotal, undefined, t)} (${t('workbook.ruleWorkbook')}), ` +
        `${formatNumber(prior.standardTotal)} (${t('workbook.ruleStandard')})`,
    );
  }
  for (const set of imported.answerSets ?? []) {
    lines.push(
      `${t('workbook.answerSet', { sheet: set.sheet, answered: set.answered })}: ${formatTotal(set.workbookTotal, set.workbookError, t)} (${t('workbook.ruleWorkbook')}), ` +
        `${formatNumber(set.standardTotal)} (${t('workbook.ruleStandard')})`,
    );
  }
  for (const reviewer of imported.reviewers ?? []) {
    lines.push(
      `${t('workbook.reviewerBlock', { label: reviewer.label, answered: reviewer.answered })}: ` +
        (reviewer.workbookTotal !== null
          ? `${formatNumber(reviewer.workbookTotal)} (${t('workbook.ruleWorkbook')}), `
          : '') +
        `${formatNumber(reviewer.standardTotal)} (${t('workbook.ruleStandard')})`,
    );
  }
  if (imported.convertedFrom) lines.push(t('workbook.convertedFrom', { kind: imported.convertedFrom }));
  const differences = imported.findings.filter((f) => f.severity !== 'info').length;
  if (differences) lines.push(t('workbook.findings', { count: differences, file: imported.file }));
  const shown = t(breakdown === 'workbook' ? 'workbook.ruleWorkbook' : 'workbook.ruleStandard');
  lines.push(
    t('workbook.shownRule', {
      rule:
        breakdown === rule ? shown : `${shown} (${t('workbook.ruleWorkbook')}: ${t('workbook.incomplete')})`,
    }),
    '',
  );
  return lines;
}

/** `rbw inspect`: every finding on one line naming its cell, with the two formulas and the effect. */
export function formatFindings(imported: ImportedWorkbook, t: Translate): string[] {
  const { totals } = imported;
  // The sheet's difference and what the effects listed explain: said once, below the list.
  const explained = imported.findings.find((f) => f.code === 'finding.differenceExplained');
  const findings = imported.findings.filter((f) => f !== explained);
  const lines = [
    t('finding.heading', { file: imported.file, sheet: imported.layout.sheet }),
    t('finding.count', {
      count: findings.length,
      workbook: formatTotal(totals.workbook, totals.workbookError, t, 4),
      standard: formatNumber(totals.standard, 4),
    }),
    '',
  ];
  if (!findings.length) return [...lines, t('finding.none')];
  findings.forEach((finding, i) => {
    lines.push(`${i + 1}. ${formatProblem({ ...finding, params: readableFindingParams(finding) }, t)}`);
    if (finding.workbookFormula)
      lines.push(`   ${t('finding.workbookFormula')}: =${shorten(finding.workbookFormula)}`);
    if (finding.standardFormula)
      lines.push(`   ${t('finding.standardFormula')}: =${shorten(finding.standardFormula)}`);
    if (finding.effect !== undefined)
      lines.push(`   ${t('finding.effect')}: ${signedEffect(finding.effect, 4)}`);
  });
  if (explained) lines.push('', t(explained.code, explained.params));
  return lines;
}

function shorten(formula: string): string {
  return shortFormula(formula, FORMULA_SHOWN);
}
