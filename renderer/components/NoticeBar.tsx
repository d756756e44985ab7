import { useTranslation } from 'react-i18next';
import { problemText } from '../i18n';
import type { Notice } from '../state/use-workbench';

/** Problems from the service (one line each, naming file, sheet, row or field) and short confirmations. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  const lines = [
    ...(notice.problems ?? []).map(problemText),
    ...(notice.messageKey ? [t(notice.messageKey, notice.params ?? {})] : []),
    ...(notice.text ? [notice.text] : []),
  ];
  return (
    <div
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
      <button type="button" className="close" onClick={onDismiss} aria-label={t('ui.actions.close')}>
        ×
      </button>
    </div>
  );
}
