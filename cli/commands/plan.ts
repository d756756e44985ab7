import { basename } from 'node:path';
import { formatNumber } from '../../shared/format/number';
import type { Reading } from '../../shared/planning/plan-target';
import { ReadingSchema } from '../../shared/planning/plan-target';
import { parseEffortList } from '../../shared/planning/plan-options';
import type { Translate } from '../../shared/i18n/translator';
import type { DocumentPlan } from '../../service/api/coordinator';
import { planDocument, writeRencanaAksi } from '../../service/api/coordinator';
import type { Command } from '../main';
import { UsageError } from '../main';
import { formatValue } from '../format-document';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw plan DOC --target 71|+10|B|wbk [--reading whole|halves|both] [--lock CODE …] [--effort CODE=N …]
 * [--pokja NAME] [--json] [--out RENCANA.xlsx]`: the least-effort set of answer changes that reaches the target by the
 * document's leading rule, grouped by pokja; an unreachable target gives the best plan there is. `--out`
 * also writes it as a "Rencana Aksi" sheet.
 */
export const planCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.plan.options);
  const path = positionals[0];
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (!values.target) throw new UsageError(t('cli.missingArgument', { name: '--target' }));
  const reading = ReadingSchema.safeParse(values.reading ?? 'both');
  if (!reading.success) throw new UsageError(t('plan.badReading'));
  const efforts = parseEffortList(values.effort ?? []);
  if (!efforts.ok) throw new UsageError(t('plan.badEffort', { entry: efforts.entry }));
  const { effort } = efforts;
  const plan = await planDocument(path, {
    target: values.target,
    reading: reading.data as Reading,
    locked: values.lock,
    effort,
    pokja: values.pokja,
  });
  if (values.out) await writeRencanaAksi(values.out, plan, path, t);
  if (values.json) {
    io.out(JSON.stringify({ file: basename(path), ...jsonOf(plan) }, null, 2));
    return;
  }
  for (const line of formatPlan(plan, basename(path), t)) io.out(line);
  if (values.out) io.out(t('plan.written', { file: values.out }));
};

/** The plan as JSON: figures to 4 decimals (as `rbw score --json`). */
function jsonOf(plan: DocumentPlan) {
  const r = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    rule: plan.rule,
    target: plan.target,
    reachable: plan.reachable,
    currentTotal: r(plan.currentTotal),
    currentCategory: plan.currentCategory,
    predictedTotal: r(plan.predictedTotal),
    predictedCategory: plan.predictedCategory,
    effort: plan.effort,
    changes: plan.changes.map((c) => ({
      code: c.code,
      question: c.question,
      from: c.from,
      to: c.to,
      gain: r(c.gain),
      effort: c.effort,
      pokja: c.pokja,
    })),
    byPokja: plan.byPokja.map((g) => ({ ...g, gain: r(g.gain) })),
    predicates: plan.predicates.map((p) => ({ id: p.id, title: p.title, pass: p.pass })),
    exact: { currentTotal: plan.currentTotal, predictedTotal: plan.predictedTotal },
  };
}

function formatPlan(plan: DocumentPlan, file: string, t: Translate): string[] {
  const target =
    plan.target.kind === 'total'
      ? formatNumber(plan.target.total)
      : plan.target.kind === 'category'
        ? plan.target.category
        : `${plan.target.predicate.toUpperCase()} (${t(`plan.reading.${plan.target.reading}`)})`;
  const lines = [
    `${file}: ${t('plan.heading', { target })} — ${t(plan.rule === 'workbook' ? 'plan.byWorkbook' : 'plan.byStandard')}`,
    `${t('plan.now')}: ${formatNumber(plan.currentTotal)} (${plan.currentCategory ?? '—'})`,
    `${t('plan.predicted')}: ${formatNumber(plan.predictedTotal)} (${plan.predictedCategory ?? '—'}), ${t('plan.effortCount', { effort: formatNumber(plan.effort, 0), count: plan.changes.length })}`,
  ];
  if (!plan.reachable) lines.push(t('plan.unreachable'));
  else if (plan.changes.length === 0) lines.push(t('plan.alreadyThere'));
  for (const group of plan.byPokja) {
    lines.push('');
    lines.push(
      `${group.pokja ?? t('plan.noPokja')}: ${t('plan.effortCount', { effort: formatNumber(group.effort, 0), count: group.changes })}, +${formatNumber(group.gain)}`,
    );
    for (const c of plan.changes.filter((c) => c.pokja === group.pokja)) {
      const title = c.question.length > 60 ? `${c.question.slice(0, 59)}…` : c.question;
      lines.push(
        `  ${c.code.padEnd(14)} ${formatValue(c.from)} → ${formatValue(c.to)}  +${formatNumber(c.gain)}  ${title}`,
      );
    }
  }
  return lines;
}
