import { exportOpenDocument, loadPriorYear } from '../../service/api/workbooks';
import { ExportFormatSchema } from '../../shared/export/export-request';
import { formatProblem } from '../../shared/i18n/translator';
import { withDocument } from '../api-call';
import type { Command } from '../main';
import { UsageError } from '../main';
import { COMMANDS } from './index';
import { parseOptions } from './parse-options';

/**
 * `rbw export DOC --out FILE.xlsx [--format lke|portal2026|rekap] [--pokja NAME] [--prior LAST.rbw]`:
 * the document as an official workbook (its own imported layout, else a clean LKE), the 2026 portal
 * upload, or the rekap; --pokja limits it to one pokja's areas. What the file could not hold is listed.
 */
export const exportCommand: Command = async (args, { io, t, language }) => {
  const { values, positionals } = parseOptions(args, COMMANDS.export.options);
  const [path] = positionals;
  if (!path) throw new UsageError(t('cli.missingArgument', { name: 'DOC' }));
  if (!values.out) throw new UsageError(t('cli.missingArgument', { name: '--out' }));
  const format = ExportFormatSchema.safeParse(values.format ?? 'lke');
  if (!format.success) throw new UsageError(t('export.badFormat'));
  const priorYear = values.prior ? await loadPriorYear(values.prior) : undefined;
  await withDocument(path, { author: undefined, notice: io.err, t }, async (view) => {
    const exported = await exportOpenDocument(view.documentId, {
      format: format.data,
      path: values.out as string,
      language,
      ...(values.pokja ? { pokja: values.pokja } : {}),
      ...(priorYear ? { priorYear } : {}),
    });
    io.out(t('export.done', { file: exported.fileName, format: exported.format }));
    for (const notice of exported.notices) io.out(`  - ${formatProblem(notice, t)}`);
  });
};
