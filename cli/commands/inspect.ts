import { importWorkbook } from '../../service/api/workbooks';
import type { Command } from '../main';
import { UsageError } from '../main';
import { formatFindings } from '../format-workbook';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw inspect FILE.xlsx [--json]`: every place where the workbook's formulas differ from the standard
 * rule (both formulas and the effect on the total), answers outside their options, unknown answer
 * types, typed totals that disagree with their breakdown, weights that do not add up, divisions by zero
 * and sub-areas without answers.
 */
export const inspectCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.inspect.options);
  const file = positionals[0];
  if (!file) throw new UsageError(t('cli.missingArgument', { name: 'FILE' }));
  const imported = await importWorkbook(file);
  try {
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            file: imported.file,
            sheet: imported.layout.sheet,
            templateId: imported.template.id,
            totals: imported.totals,
            ...(imported.priorYear
              ? {
                  priorYear: {
                    label: imported.priorYear.label,
                    year: imported.priorYear.year ?? null,
                    workbookTotal: imported.priorYear.workbookTotal,
                    standardTotal: imported.priorYear.standardTotal,
                  },
                }
              : {}),
            layout: imported.layout,
            findings: imported.findings,
          },
          null,
          2,
        ),
      );
      return;
    }
    for (const line of formatFindings(imported, t)) io.out(line);
  } finally {
    imported.engine.destroy();
  }
};
