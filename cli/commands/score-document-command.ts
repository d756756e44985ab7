import { basename } from 'node:path';
import { formatNumber } from '../../shared/format/number';
import { Scorer } from '../../shared/scoring/scorer';
import { summarize } from '../../shared/scoring/summarize';
import type { UnansweredPolicy } from '../../shared/template/template-schema';
import { signedEffect } from '../../shared/workbook/findings/finding-text';
import { loadAnswersFile, scoreDocument } from '../../service/api/command-line';
import type { Command } from '../main';
import { UsageError } from '../main';
import { formatScoreTable } from '../format-score';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw score FILE` for an answers file or a document (score.ts sends a workbook to
 * score-workbook-command.ts): its scores by its leading rule (the workbook's own formulas for a document
 * imported from a workbook, with the regulation's total beside them); `--rule standard` puts the
 * regulation's first.
 */
export const scoreDocumentCommand: Command = async (args, context) => {
  const { io, t } = context;
  // --sheet picks a workbook's sheet: an answers file or a document has none (an unknown option here).
  const { json, unanswered: policyOption, gains: gainsOption, rule: ruleOption } = COMMANDS.score.options;
  const options = { json, unanswered: policyOption, gains: gainsOption, rule: ruleOption };
  const { values, positionals } = parseOptions(args, options);
  const file = positionals[0];
  if (!file) throw new UsageError(t('cli.missingArgument', { name: 'FILE' }));
  const unanswered = values.unanswered;
  if (unanswered !== undefined && unanswered !== 'skip' && unanswered !== 'zero') {
    throw new UsageError(t('cli.badUnanswered'));
  }
  const rule = values.rule;
  if (rule !== undefined && rule !== 'workbook' && rule !== 'standard')
    throw new UsageError(t('workbook.badRule'));
  const policy = unanswered as UnansweredPolicy | undefined;
  const gains = values.gains === undefined ? 10 : Number(values.gains);
  let scored;
  if (file.toLowerCase().endsWith('.rbw')) {
    scored = await scoreDocument(file, { unanswered: policy, gains, rule });
    if (rule === 'workbook' && scored.rule !== 'workbook') throw new UsageError(t('workbook.noWorkbookRule'));
  } else {
    const loaded = await loadAnswersFile(file);
    const scorer = new Scorer(loaded.index, { unanswered: policy });
    scorer.setAnswers(loaded.answers);
    scored = { rule: 'standard' as const, summary: summarize(scorer, { gains }), other: null };
  }
  const { summary, other } = scored;
  const lastYear = 'lastYear' in scored ? scored.lastYear : null;
  // Both rules' totals, whichever leads: the workbook's formulas and the regulation's.
  const both = other && {
    workbook: scored.rule === 'workbook' ? summary.total : other.total,
    standard: scored.rule === 'workbook' ? other.total : summary.total,
  };
  if (values.json) {
    const totals = both && {
      totals: { ...both, difference: both.workbook - both.standard },
    };
    io.out(
      JSON.stringify(
        {
          file: basename(file),
          ...(other ? { rule: scored.rule } : {}),
          ...summary,
          ...totals,
          ...(lastYear ? { lastYear: { ...lastYear, total: round4(lastYear.total) } } : {}),
        },
        null,
        2,
      ),
    );
    return;
  }
  if (both) {
    io.out(`${t('workbook.totalBy', { rule: t('workbook.ruleWorkbook') })}: ${formatNumber(both.workbook)}`);
    io.out(`${t('workbook.totalBy', { rule: t('workbook.ruleStandard') })}: ${formatNumber(both.standard)}`);
    io.out(`${t('workbook.difference')}: ${signedEffect(both.workbook - both.standard, 2)}`);
    const shown = scored.rule === 'workbook' ? 'workbook.ruleWorkbook' : 'workbook.ruleStandard';
    io.out(t('workbook.shownRule', { rule: t(shown) }));
    io.out('');
  }
  for (const line of formatScoreTable(summary, t, basename(file))) io.out(line);
  if (lastYear?.total != null) {
    const change = summary.total - lastYear.total;
    io.out('');
    io.out(
      `${t('workbook.priorYear', { label: lastYear.label })}: ${formatNumber(lastYear.total)} (${lastYear.category ?? '–'}); Δ ${signedEffect(change, 2)}`,
    );
  }
};

/** Totals in JSON to 4 decimals, as `rbw score` gives them for workbooks. */
const round4 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10000) / 10000);
