import type { Translate } from '../shared/i18n/translator';
import { formatNumber } from '../shared/format/number';
import type { ScoreSummary } from '../shared/scoring/summarize';

const DEPTH_SHOWN = 3;
const EMPTY_SHOWN = 5;

/**
 * The human-readable score: totals, the tree down to areas, predicates and where to gain points.
 * `totalError`: what the workbook shows for its total when that is an error (#DIV/0!): the workbook is
 * incomplete, and the line says so without a category (the regulation's figure beside it).
 */
export function formatScoreTable(
  summary: ScoreSummary,
  t: Translate,
  fileName: string,
  totalError?: string,
): string[] {
  const n = (value: number | null, decimals = 2): string =>
    value === null ? '–' : formatNumber(value, decimals);
  const totalLine = totalError
    ? `${t('score.total')}: ${t('workbook.incomplete')} (${t('workbook.totalError', { error: totalError })}); ` +
      `${t('workbook.ruleStandard')}: ${n(summary.total)} / ${n(summary.max)}    ${t('score.category')}: –`
    : `${t('score.total')}: ${n(summary.total)} / ${n(summary.max)}    ${t('score.category')}: ${summary.category ?? '–'}`;
  const lines = [
    `${summary.templateTitle} — ${fileName}`,
    totalLine,
    `${t('score.answered')}: ${summary.answered} ${t('score.of')} ${summary.questions} ${t('score.questions')}; ` +
      `${summary.inputs.answered} ${t('score.of')} ${summary.inputs.total} ${t('score.inputs')}`,
    summary.unanswered === 'zero' ? t('score.policyZero') : t('score.policySkip'),
    '',
    `${t('score.component').padEnd(58)}${t('score.weight').padStart(8)}${t('score.value').padStart(9)}${t('score.percent').padStart(9)}`,
  ];
  for (const node of summary.nodes) {
    if (node.kind !== 'group' || node.depth === 0 || node.depth > DEPTH_SHOWN) continue;
    const label = `${'  '.repeat(node.depth - 1)}${node.code} ${node.title}`.slice(0, 57).padEnd(58);
    const share = node.weight ? ((node.value ?? 0) / node.weight) * 100 : null;
    lines.push(`${label}${n(node.weight).padStart(8)}${n(node.value).padStart(9)}${n(share).padStart(9)}`);
  }
  for (const empty of summary.emptySubAreas.slice(0, EMPTY_SHOWN)) {
    lines.push(t('score.emptySubArea', { code: empty.id, title: empty.title }));
  }
  if (summary.emptySubAreas.length > EMPTY_SHOWN) {
    lines.push(t('score.moreEmpty', { count: summary.emptySubAreas.length - EMPTY_SHOWN }));
  }
  for (const predicate of summary.predicates) {
    lines.push(
      '',
      `${t('score.predicate')} ${predicate.title}: ${t(predicate.pass.whole ? 'score.passWhole' : 'score.failWhole')}; ${t(predicate.pass.halves ? 'score.passHalves' : 'score.failHalves')}`,
    );
    for (const c of predicate.conditions) {
      const mark = c.pass ? '✓' : '✗';
      const figure = c.kind === 'every-area' ? `${n(c.figure * 100)}%` : n(c.figure);
      lines.push(`  ${mark} ${c.label}: ${figure}${c.answer !== undefined ? ` (${n(c.answer)})` : ''}`);
      for (const reading of c.readings ? (['whole', 'halves'] as const) : []) {
        const failing = c.readings?.[reading].areas.filter((a) => !a.pass) ?? [];
        if (!failing.length) continue;
        lines.push(`      ${t(reading === 'whole' ? 'score.readingWhole' : 'score.readingHalves')}:`);
        for (const area of failing) {
          lines.push(`        ${area.title}: ${n(area.value)} / ${n(area.max)} (${n(area.share * 100)}%)`);
        }
      }
    }
  }
  const gains = summary.gains.filter((g) => g.gain > 0);
  if (gains.length) {
    lines.push('', t('score.gains'));
    for (const g of gains)
      lines.push(`  +${n(g.gain, 4).padEnd(8)} ${g.id.padEnd(16)} ${g.title.slice(0, 70)}`);
  }
  return lines;
}
