import { createInterface } from 'node:readline/promises';
import type { SurveyView } from '../../shared/api/survey-operations';
import { formatNumber } from '../../shared/format/number';
import type { Translate } from '../../shared/i18n/translator';
import { formatProblem } from '../../shared/i18n/translator';
import type { Command } from '../main';
import { UsageError } from '../main';
import { withDocument } from '../api-call';
import { totalLine } from '../format-document';
import { parseOptions } from './parse-options';

const KINDS = ['skm', 'ipak', 'ipkp'] as const;

/**
 * `rbw survey import DOC FILE --kind skm|ipak|ipkp [--name NAME] [--population N] [--scale 4|5|6]
 * [--weights exact|0.111] [--conversion proportional|range] [--yes]`: reads the respondents' answers,
 * shows how the columns were matched and stores them once accepted (--yes accepts without asking).
 * `rbw survey show DOC [--json]`, `rbw survey bind DOC NAME --to CODE`, `rbw survey report DOC`.
 */
export const surveyCommand: Command = async (args, context) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'import':
      return importSurvey(rest, context);
    case 'show':
      return showSurveys(rest, context, false);
    case 'report':
      return showSurveys(rest, context, true);
    case 'bind':
      return bindSurvey(rest, context);
    default:
      throw new UsageError(context.t('cli.missingArgument', { name: 'import|show|bind|report' }));
  }
};

const importSurvey: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, {
    kind: { type: 'string' },
    name: { type: 'string' },
    population: { type: 'string' },
    scale: { type: 'string' },
    weights: { type: 'string' },
    conversion: { type: 'string' },
    yes: { type: 'boolean' },
    author: { type: 'string' },
  });
  const [path, file] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (!file) throw new UsageError(t('cli.missingArgument', { name: 'FILE' }));
  const kind = KINDS.find((k) => k === values.kind);
  if (!kind) throw new UsageError(t('cli.missingArgument', { name: '--kind skm|ipak|ipkp' }));
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && scale !== 4 && scale !== 5 && scale !== 6) {
    throw new UsageError(t('cli.missingArgument', { name: '--scale 4|5|6' }));
  }
  const population = values.population === undefined ? undefined : Number(values.population);
  if (population !== undefined && (!Number.isInteger(population) || population < 1)) {
    throw new UsageError(t('cli.missingArgument', { name: '--population N' }));
  }
  const weights = values.weights === undefined ? undefined : values.weights === 'exact' ? 'exact' : 'rounded';
  if (values.weights !== undefined && !['exact', '0.111', '0,111'].includes(values.weights)) {
    throw new UsageError(t('cli.missingArgument', { name: '--weights exact|0.111' }));
  }
  const conversion = values.conversion;
  if (conversion !== undefined && conversion !== 'proportional' && conversion !== 'range') {
    throw new UsageError(t('cli.missingArgument', { name: '--conversion proportional|range' }));
  }
  return withDocument(path, { author: values.author, notice: io.err, t }, async (view, call) => {
    const input = {
      documentId: view.documentId,
      path: file,
      kind,
      ...(values.name ? { name: values.name } : {}),
      ...(scale ? { scale: scale as 4 | 5 | 6 } : {}),
      ...(population ? { population } : {}),
      ...(weights ? { weights: weights as 'exact' | 'rounded' } : {}),
      ...(conversion ? { conversion: conversion as 'proportional' | 'range' } : {}),
    };
    const read = await call('surveys.read', input);
    for (const c of read.columns) {
      const target = c.itemName ?? (c.field ? `(${c.field})` : '—');
      io.out(`  ${c.column}  ${c.header.slice(0, 60)}  →  ${target}`);
    }
    if (!values.yes && !(await confirm(t))) {
      io.err(`rbw survey: ${view.fileName}: ${t('survey.needsYes')}`);
      return 1;
    }
    const imported = await call('surveys.import', input);
    for (const left of imported.leftOut) io.err(`rbw survey: ${file}: ${t('survey.leftOut', left)}`);
    if (imported.emptyRows.length) {
      const rows = imported.emptyRows.slice(0, 10).join(', ') + (imported.emptyRows.length > 10 ? ', …' : '');
      io.err(`rbw survey: ${file}: ${t('survey.emptyRows', { count: imported.emptyRows.length, rows })}`);
    }
    if (imported.missingItems.length && kind !== 'skm') {
      io.err(`rbw survey: ${file}: ${t('survey.missingItems', { items: imported.missingItems.join('; ') })}`);
    }
    const survey = imported.survey;
    io.out(
      t('survey.imported', {
        name: survey.name,
        kind: kind.toUpperCase(),
        respondents: survey.respondents,
        file,
      }),
    );
    io.out(`  ${headline(survey, t)}`);
    for (const warning of survey.warnings) io.err(`rbw survey: ${formatProblem(warning, t)}`);
    if (survey.boundTo.length) io.out(totalLine(imported.result.scores, t));
    return 0;
  });
};

async function confirm(t: Translate): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|ya|yes)$/i.test((await rl.question(t('survey.confirm'))).trim());
  } finally {
    rl.close();
  }
}

const bindSurvey: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, { to: { type: 'string' }, author: { type: 'string' } });
  const [path, name] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (!name) throw new UsageError(t('cli.missingArgument', { name: 'NAME' }));
  if (!values.to) throw new UsageError(t('cli.missingArgument', { name: '--to CODE' }));
  const code = values.to;
  await withDocument(path, { author: values.author, notice: io.err, t }, async (view, call) => {
    const result = await call('surveys.bind', { documentId: view.documentId, name, itemId: code });
    io.out(t('survey.bound', { code, name }));
    io.out(totalLine(result.scores, t));
  });
};

const showSurveys = async (
  args: string[],
  { io, t }: Parameters<Command>[1],
  report: boolean,
): Promise<void> => {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
  const [path] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  await withDocument(path, { notice: io.err, t }, async (view, call) => {
    const { surveys, suggestions } = await call('surveys.list', { documentId: view.documentId });
    const reason = (s: (typeof suggestions)[number]) => t(s.reason.code, s.reason.params);
    if (values.json) {
      const shown = surveys.map((s) => ({
        name: s.name,
        kind: s.kind,
        respondents: s.respondents,
        index: s.index,
        category: s.category,
        elements: s.elements.map((e) => ({ name: e.name, nrr: e.nrr })),
      }));
      const suggested = suggestions.map((s) => ({ code: s.code, answer: s.answer, reason: reason(s) }));
      // `suggestions` only when there are some: `{"surveys":[…]}` stays as the interface states it.
      io.out(
        JSON.stringify({ surveys: shown, ...(suggested.length ? { suggestions: suggested } : {}) }, null, 2),
      );
      return;
    }
    if (!surveys.length) io.out(t('survey.none'));
    for (const survey of surveys) {
      io.out(`${survey.name} (${survey.kind.toUpperCase()}): ${headline(survey, t)}`);
      for (const line of report ? reportLines(survey, t) : elementLines(survey)) io.out(`  ${line}`);
    }
    for (const s of suggestions) {
      io.out(t('survey.suggestion.line', { ...s, current: s.current ?? '—', reason: reason(s) }));
    }
  });
};

const num = (value: number | null, decimals = 2): string =>
  value === null ? '—' : formatNumber(value, decimals);

function headline(s: SurveyView, t: Translate): string {
  const value = s.kind === 'skm' ? `IKM ${num(s.index)}` : `${t('surveyReport.value')} ${num(s.index)}`;
  return `${s.respondents} ${t('surveyReport.respondents')}, ${value}${s.category ? ` — ${s.category}` : ''}`;
}

function elementLines(s: SurveyView): string[] {
  return s.elements.map((e) => `${e.name}: NRR ${num(e.nrr, 3)} (${e.answered})`);
}

function reportLines(s: SurveyView, t: Translate): string[] {
  const lines: string[] = [];
  const stated =
    s.kind === 'skm'
      ? t(s.weights === 'exact' ? 'surveyReport.weightsExact' : 'surveyReport.weightsRounded')
      : t(`surveyReport.conversion.${s.conversion}`, { scale: s.scale, average: num(s.average, 4) });
  lines.push(`${t('surveyReport.source')}: ${s.sourceFile}, ${s.firstDate ?? '—'} … ${s.lastDate ?? '—'}`);
  lines.push(stated);
  if (s.minimums)
    lines.push(t('surveyReport.minimums', { wbk: num(s.minimums.wbk), wbbm: num(s.minimums.wbbm) }));
  if (s.sample)
    lines.push(t('surveyReport.sample', { population: s.sample.population, needed: s.sample.needed }));
  lines.push(`${t('surveyReport.elements')}:`);
  const width = 30;
  for (const e of s.elements) {
    const scaleMax = s.kind === 'skm' ? 4 : s.scale;
    const bar = e.nrr === null ? '' : '█'.repeat(Math.round((e.nrr / scaleMax) * width));
    lines.push(`  ${e.name.padEnd(42).slice(0, 42)} ${num(e.nrr, 3).padStart(6)} ${bar}`);
  }
  if (s.byServiceType.length) {
    lines.push(`${t('surveyReport.byServiceType')}:`);
    for (const g of s.byServiceType) {
      lines.push(
        `  ${g.serviceType}: ${g.respondents} ${t('surveyReport.respondents')}, ${num(g.index)}${g.category ? ` — ${g.category}` : ''}`,
      );
    }
  }
  for (const b of s.boundTo)
    lines.push(t('surveyReport.bound', { code: b.itemId, title: b.title, value: num(b.value, 4) }));
  for (const w of s.warnings) lines.push(`! ${formatProblem(w, t)}`);
  return lines;
}
