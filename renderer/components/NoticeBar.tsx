import { useTranslation } from 'react-i18next';
import { problemText } from '../i18n';
import type { Notice } from '../state/use-workbench';

/** Problems from the service (one line each, naming file, sheet, row or field) and short confirmations. */
export function NoticeBar({
  notice,
  readOnly,
  onDismiss,
}: {
  notice: Notice | null;
  readOnly: string | null;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  if (!notice && !readOnly) return null;
  const lines = [
    ...(readOnly ? [t('ui.readOnly', { message: readOnly })] : []),
    ...(notice?.problems ?? []).map(problemText),
    ...(notice?.messageKey ? [t(notice.messageKey, notice.params ?? {})] : []),
    ...(notice?.text ? [notice.text] : []),
  ];
  return (
    <div
      className={`notice ${notice?.kind ?? 'info'}`}
      role={notice?.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
      {notice && (
        <button type="button" className="close" onClick={onDismiss} aria-label={t('ui.actions.close')}>
          ×
        </button>
      )}
    </div>
  );
}
