import { Scorer } from '../../shared/scoring/scorer';
import { summarize } from '../../shared/scoring/summarize';
import type { AnswerValue } from '../../shared/template/answer-type';
import { indexTemplate } from '../../shared/template/template-index';
import type { UnansweredPolicy } from '../../shared/template/template-schema';
import { importWorkbook, WorkbookScorer } from '../../service/api/workbooks';
import type { Command } from '../main';
import { UsageError } from '../main';
import { formatScoreTable } from '../format-score';
import { formatWorkbookTotals } from '../format-workbook';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw score FILE.xlsx [--rule workbook|standard] [--json] [--unanswered skip|zero]`: the workbook scored
 * by its own formulas (`workbook`, the default) or by the regulation's rule through its derived
 * template (`standard`); both totals and their difference are always shown, and last year's beside.
 */
export const scoreWorkbookCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.score.options);
  const file = positionals[0];
  if (!file) throw new UsageError(t('cli.missingArgument', { name: 'FILE' }));
  const asked = values.rule ?? 'workbook';
  if (asked !== 'workbook' && asked !== 'standard') throw new UsageError(t('workbook.badRule'));
  const unanswered = values.unanswered;
  if (unanswered !== undefined && unanswered !== 'skip' && unanswered !== 'zero') {
    throw new UsageError(t('cli.badUnanswered'));
  }
  // The findings are counted here, their effects listed by `rbw inspect`: not measured.
  const imported = await importWorkbook(file, {
    measureEffects: false,
    ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
  });
  // An upload sheet computes nothing itself: only the standard rule can score it.
  const rule = !imported.layout.total ? 'standard' : asked;
  try {
    const answers: [string, AnswerValue][] = Object.entries(imported.records).flatMap(([id, r]) =>
      r.answer === null ? [] : [[id, r.answer] as [string, AnswerValue]],
    );
    const standard = new Scorer(imported.template, {
      unanswered: unanswered as UnansweredPolicy | undefined,
    });
    standard.setAnswers(answers);
    const { totals } = imported;
    // A workbook total Excel shows as an error (a sub-area without answers) has no breakdown to show:
    // the breakdown is then the standard rule's, and the header says the workbook is incomplete.
    const breakdownRule = rule === 'workbook' && totals.workbook === null ? 'standard' : rule;
    const scorer =
      breakdownRule === 'workbook'
        ? new WorkbookScorer(indexTemplate(imported.template), imported.engine, answers)
        : standard;
    const summary = summarize(scorer, { gains: values.gains === undefined ? 10 : Number(values.gains) });
    const workbookTotal = totals.workbook;
    const standardTotal = standard.total();
    if (values.json) {
      const selected = rule === 'workbook' ? workbookTotal : standardTotal;
      io.out(
        JSON.stringify(
          {
            file: imported.file,
            sheet: imported.layout.sheet,
            rule,
            ...summary,
            breakdownRule,
            incomplete: imported.findings
              .filter((f) => f.code === 'finding.emptySubArea')
              .map((f) => ({ id: f.params.id, title: f.params.title, cell: f.where.cell })),
            total: round4(selected),
            totals: {
              workbook: round4(workbookTotal),
              standard: round4(standardTotal),
              difference: workbookTotal === null ? null : round4(workbookTotal - standardTotal),
              cached: round4(totals.cached),
              ...(totals.workbookError ? { workbookError: totals.workbookError } : {}),
            },
            exact: { workbook: workbookTotal, standard: standardTotal },
            ...(imported.priorYear
              ? {
                  priorYear: {
                    label: imported.priorYear.label,
                    year: imported.priorYear.year ?? null,
                    totals: {
                      workbook: round4(imported.priorYear.workbookTotal),
                      standard: round4(imported.priorYear.standardTotal),
                    },
                  },
                }
              : {}),
            ...(imported.answerSets
              ? {
                  headline: imported.layout.total ?? null,
                  answerSets: imported.answerSets.map((set) => ({
                    sheet: set.sheet,
                    answered: set.answered,
                    totals: { workbook: round4(set.workbookTotal), standard: round4(set.standardTotal) },
                  })),
                }
              : {}),
            ...(imported.reviewers
              ? {
                  reviewers: imported.reviewers.map((r) => ({
                    label: r.label,
                    answered: r.answered,
                    totals: { workbook: round4(r.workbookTotal), standard: round4(r.standardTotal) },
                  })),
                }
              : {}),
            findings: imported.findings.length,
          },
          null,
          2,
        ),
      );
      return;
    }
    for (const line of formatWorkbookTotals(imported, t, rule, breakdownRule)) io.out(line);
    // A workbook whose own total is an error is incomplete: no category, whichever rule is broken down.
    const totalError = rule === 'workbook' ? (totals.workbookError ?? undefined) : undefined;
    for (const line of formatScoreTable(summary, t, imported.file, totalError)) io.out(line);
  } finally {
    imported.engine.destroy();
  }
};

/** Totals in JSON to 4 decimals, as the workbook displays them; `exact` keeps full precision. */
function round4(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e4) / 1e4;
}
