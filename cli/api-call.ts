import type { OperationOutput } from '../shared/api/contract';
import type { Translate } from '../shared/i18n/translator';
import { formatProblem } from '../shared/i18n/translator';
import type { ApiCall } from '../service/api/command-line';
import { apiCaller } from '../service/api/command-line';

export type { ApiCall };
export { apiCaller };

export type DocumentView = OperationOutput<'documents.open'>;

const READ_ONLY = ['document.readOnly', 'document.diskFull'];

/**
 * Opens a document, runs `use`, and closes it again whatever happens. When opening brought an older
 * document up to date, says so on stderr (stdout may be JSON), naming the backup it left; so too a
 * damaged stored workbook (the document opens, without the workbook's own formulas).
 */
export async function withDocument<T>(
  path: string,
  context: { author?: string | undefined; notice: (line: string) => void; t: Translate },
  use: (view: DocumentView, call: ApiCall) => Promise<T>,
): Promise<T> {
  const call = apiCaller(context.author);
  const view = await call('documents.open', { path });
  if (view.migration) {
    const { from, backupPath } = view.migration;
    context.notice(`${view.fileName}: ${context.t('document.migrated', { from, backup: backupPath })}`);
  }
  // A read-only document (or one on a full disk) is said so by the edit it refuses; reading needs no word.
  for (const notice of view.notices ?? []) {
    if (!READ_ONLY.includes(notice.code)) context.notice(formatProblem(notice, context.t));
  }
  try {
    return await use(view, call);
  } finally {
    await call('documents.close', { documentId: view.documentId });
  }
}
