import { basename, resolve } from 'node:path';
import { refusedLinks } from '../../shared/records/link-policy';
import { formatNumber } from '../../shared/format/number';
import { formatProblem } from '../../shared/i18n/translator';
import { resolveAuthor } from '../../service/api/command-line';
import { besideWorkbook, importToDocument } from '../../service/api/workbooks';
import type { Command } from '../main';
import { UsageError } from '../main';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/** `rbw import FILE.xlsx [--out DOC]`: an official LKE workbook into a new document (beside it by default). */
export const importCommand: Command = async (args, { io, t }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.import.options);
  const file = positionals[0];
  if (!file) throw new UsageError(t('cli.missingArgument', { name: 'FILE' }));
  const out = values.out ?? besideWorkbook(resolve(file));
  const { workbook } = await importToDocument(
    { path: file },
    {
      author: resolveAuthor(values.author),
      out,
      // The findings are counted here (their effects are `rbw inspect`'s): not measured.
      measureEffects: false,
      onStep:
        io.progress && ((step) => io.progress?.(t(`cliHelp.progress.${step}`, { file: basename(file) }))),
    },
  );
  io.progress?.(null);
  workbook.engine.destroy();
  // Links other than http, https and mailto were kept as text in the document: said once each.
  for (const [itemId, record] of Object.entries(workbook.records)) {
    for (const url of refusedLinks(record.evidence)) {
      const where = { file: basename(file), field: `${itemId}.evidence` };
      io.err(formatProblem({ code: 'record.linkAsText', params: { url }, where }, t));
    }
  }
  let questions = 0;
  const count = (node: (typeof workbook.template)['root']): void =>
    node.children.forEach((c) => (c.kind === 'group' ? count(c) : questions++));
  count(workbook.template.root);
  io.out(
    t('import.created', {
      file: basename(out),
      source: basename(file),
      template: workbook.template.title,
      questions,
    }),
  );
  const n = (v: number | null) => (v === null ? '–' : formatNumber(v, 2));
  io.out(
    t('import.totals', {
      workbook: n(workbook.totals.workbook),
      standard: n(workbook.totals.standard),
      findings: workbook.findings.length,
    }),
  );
};
