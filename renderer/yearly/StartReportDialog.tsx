import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import { formatNumber } from '../../shared/format/number';
import { Dialog } from '../components/Dialog';

type StartReport = OperationOutput<'documents.startFromLastYear'>['report'];

/** What starting from last year carried, what to check, and what found no place, by code and title. */
export function StartReportDialog({ report, onClose }: { report: StartReport; onClose: () => void }) {
  const { t } = useTranslation();
  const total = report.lastYear.total === null ? '–' : formatNumber(report.lastYear.total);
  const list = (title: string, rows: { code: string; text: string; extra?: string }[], testId: string) =>
    rows.length > 0 && (
      <section data-testid={testId}>
        <h3>
          {title} ({rows.length})
        </h3>
        <table className="report-table">
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <td className="code">{r.code}</td>
                <td>{r.text}</td>
                <td className="muted">{r.extra ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  return (
    <Dialog title={t('ui.yearly.reportTitle')} onClose={onClose} testId="start-report">
      <p data-testid="start-report-carried">
        {t('ui.yearly.carried', {
          carried: report.carriedAnswers,
          answerables: report.answerables,
          file: report.lastYear.file,
          total,
        })}
      </p>
      <p className="muted">{t('ui.yearly.marked')}</p>
      {report.proposedRecommendations > 0 && (
        <p>{t('ui.yearly.proposed', { count: report.proposedRecommendations })}</p>
      )}
      {list(
        t('ui.yearly.renamed'),
        report.renamed.map((r) => ({ code: r.to, text: r.title, extra: `← ${r.from}` })),
        'report-renamed',
      )}
      {list(
        t('ui.yearly.fuzzy'),
        report.fuzzy.map((f) => ({
          code: f.to,
          text: f.title,
          extra: `← ${f.from} · ${t('ui.yearly.confidence')} ${formatNumber(f.confidence, 2)}`,
        })),
        'report-fuzzy',
      )}
      {list(
        t('ui.yearly.unmatched'),
        report.unmatched.map((u) => ({
          code: u.from,
          text: u.title,
          extra: u.suggestion
            ? t('ui.yearly.suggestion', {
                to: u.suggestion.to,
                confidence: formatNumber(u.suggestion.confidence, 2),
              })
            : '',
        })),
        'report-unmatched',
      )}
      {list(
        t('ui.yearly.notCarried'),
        report.notCarried.map((n) => ({ code: n.code, text: n.title })),
        'report-not-carried',
      )}
      <div className="buttons">
        <button type="button" onClick={onClose}>
          OK
        </button>
      </div>
    </Dialog>
  );
}
