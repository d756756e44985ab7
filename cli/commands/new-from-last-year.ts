import { basename } from 'node:path';
import { formatNumber } from '../../shared/format/number';
import type { Translate } from '../../shared/i18n/translator';
import type { ApiCall } from '../api-call';
import type { CliIo } from '../main';

/**
 * `rbw new … --from LAST`: the document started from last year's, then what was carried, the matches by
 * similar text to check, and at the end what found no place, by code and title.
 */
export async function startFromLastYear(
  call: ApiCall,
  options: { out: string; template: string; from: string; metadata: Record<string, string | number> },
  io: CliIo,
  t: Translate,
): Promise<void> {
  const { view, report } = await call('documents.startFromLastYear', {
    path: options.out,
    templateId: options.template,
    lastYearPath: options.from,
    metadata: options.metadata,
  });
  await call('documents.close', { documentId: view.documentId });
  const total = report.lastYear.total === null ? '–' : formatNumber(report.lastYear.total);
  io.out(
    t('yearly.created', {
      file: basename(options.out),
      template: view.template.title,
      source: report.lastYear.file,
      total,
    }),
  );
  io.out(t('yearly.carried', { carried: report.carriedAnswers, answerables: report.answerables }));
  io.out(t('yearly.byKind', report.matchesByKind));
  if (report.proposedRecommendations > 0)
    io.out(t('yearly.proposed', { count: report.proposedRecommendations }));
  const confidence = (n: number) => formatNumber(n, 2);
  if (report.renamed.length > 0) {
    io.out('');
    io.out(t('yearly.renamedHeading'));
    for (const r of report.renamed) io.out(`  ${r.to.padEnd(18)} ← ${r.from.padEnd(18)} ${r.title}`);
  }
  if (report.fuzzy.length > 0) {
    io.out('');
    io.out(t('yearly.fuzzyHeading'));
    for (const f of report.fuzzy)
      io.out(
        t('yearly.fuzzyLine', {
          to: f.to,
          from: f.from,
          confidence: confidence(f.confidence),
          title: f.title,
        }),
      );
  }
  for (const d of report.dropped) io.out(t('yearly.dropped', { to: d.to, answer: String(d.answer) }));
  for (const f of report.filesLeft) io.out(t('yearly.fileLeft', { to: f.to, file: f.fileName }));
  if (report.notCarried.length > 0) {
    io.out('');
    io.out(t('yearly.notCarried', { count: report.notCarried.length }));
    for (const item of report.notCarried) io.out(`  ${item.code.padEnd(18)} ${item.title}`);
  }
  if (report.unmatched.length > 0) {
    io.out('');
    io.out(t('yearly.unmatched', { count: report.unmatched.length }));
    for (const u of report.unmatched) {
      const near = u.suggestion
        ? ` (${t('yearly.suggestion', { to: u.suggestion.to, confidence: confidence(u.suggestion.confidence) })})`
        : '';
      io.out(`  ${u.from.padEnd(18)} ${u.title}${near}`);
    }
  }
}
