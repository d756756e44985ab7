import { formatNumber } from '../../shared/format/number';
import type { Translate } from '../../shared/i18n/translator';
import { formatProblem } from '../../shared/i18n/translator';
import type { Portfolio } from '../../shared/portfolio/portfolio';
import { listPortfolio, writeRekap } from '../../service/api/coordinator';
import type { Command } from '../main';
import { UsageError } from '../main';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw portfolio DIR|FILE… [--json] [--reach N] [--cache DIR] [--out REKAP.xlsx]`: every unit of a folder (documents and
 * workbooks) with its total by its leading rule and by the regulation's, category, completeness,
 * reviewer's total, last year and the change, the predicates; the category distribution and the units
 * within reach of their next category. `--out` writes it as a rekap workbook (Rekap, Distribusi, Area).
 */
export const portfolioCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.portfolio.options);
  if (positionals.length === 0) throw new UsageError(t('cli.missingArgument', { name: 'DIR' }));
  const reach = values.reach === undefined ? 5 : Number(values.reach.replace(',', '.'));
  if (!(reach >= 0)) throw new UsageError(t('portfolio.badReach'));
  const portfolio = await listPortfolio(positionals, {
    reach,
    cacheDir: values.cache,
    onProgress:
      io.progress &&
      ((done, total, file) => io.progress?.(t('cliHelp.progress.portfolio', { n: done + 1, total, file }))),
  });
  io.progress?.(null);
  if (values.out) await writeRekap(values.out, portfolio, t);
  if (values.json) {
    io.out(JSON.stringify(portfolio, null, 2));
  } else {
    for (const line of formatPortfolio(portfolio, t)) io.out(line);
  }
  if (values.out && !values.json) io.out(t('portfolio.written', { file: values.out }));
  for (const { problem } of portfolio.problems) io.err(`rbw portfolio: ${formatProblem(problem, t)}`);
};

const percent = (share: number) => `${formatNumber(share * 100, 0)}%`;

function formatPortfolio(portfolio: Portfolio, t: Translate): string[] {
  const header = [
    '#',
    t('portfolio.unit'),
    t('portfolio.model'),
    t('portfolio.total'),
    t('portfolio.category'),
    t('portfolio.standard'),
    t('portfolio.completeness'),
    t('portfolio.reviewer'),
    t('portfolio.prior'),
    t('portfolio.change'),
    t('portfolio.predicates'),
  ];
  const rows = portfolio.units.map((u) => [
    String(u.rank),
    u.unit,
    u.model,
    u.totalError !== null
      ? t('portfolio.totalIncomplete', { error: u.totalError })
      : `${formatNumber(u.total)}${u.incomplete ? '*' : ''}`,
    u.category ?? '—',
    // The same answers leave the same sub-areas empty under the regulation's rule.
    u.totalError !== null ? '—' : formatNumber(u.standardTotal),
    percent(u.completeness),
    u.reviewerTotal === null ? '—' : formatNumber(u.reviewerTotal),
    u.priorTotal === null ? '—' : formatNumber(u.priorTotal),
    u.change === null ? '—' : `${u.change >= 0 ? '+' : ''}${formatNumber(u.change)}`,
    u.predicates.length === 0
      ? '—'
      : u.predicates
          .map(
            (p) =>
              `${p.id.toUpperCase()} ${p.pass.whole && p.pass.halves ? '✓' : p.pass.whole || p.pass.halves ? '½' : '✗'}`,
          )
          .join(' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const lines = [
    t('portfolio.heading', { folder: portfolio.folder, count: portfolio.units.length }),
    '',
    line(header),
  ];
  for (const row of rows) lines.push(line(row));
  lines.push('');
  lines.push(
    `${t('portfolio.distribution')}: ${Object.entries(portfolio.distribution)
      .map(([label, n]) => `${label} ${n}`)
      .join(' · ')}`,
  );
  if (portfolio.units.some((u) => u.incomplete && u.totalError === null))
    lines.push(t('portfolio.partlyEmptyNote'));
  for (const u of portfolio.units.filter((unit) => unit.totalError !== null)) {
    lines.push(
      t('portfolio.incompleteUnit', {
        unit: u.unit,
        error: u.totalError as string,
        subAreas: subAreaList(u.emptySubAreas, t),
      }),
    );
  }
  lines.push(`${t('portfolio.withinReach', { points: formatNumber(portfolio.reach) })}:`);
  if (portfolio.withinReach.length === 0) lines.push(`  ${t('portfolio.noneWithinReach')}`);
  for (const r of portfolio.withinReach) {
    lines.push(`  ${r.unit} → ${r.category}: ${t('portfolio.missing', { points: formatNumber(r.missing) })}`);
  }
  return lines;
}

/** The empty sub-areas a coordinator asks for: the first few by code and title, then how many more. */
function subAreaList(subAreas: readonly { id: string; title: string }[], t: Translate, shown = 6): string {
  const named = subAreas
    .slice(0, shown)
    .map((s) => `${s.id} ${s.title}`)
    .join(', ');
  if (subAreas.length <= shown) return named || '—';
  return t('portfolio.moreSubAreas', { shown: named, count: subAreas.length - shown });
}
