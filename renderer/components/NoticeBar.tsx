import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../i18n';
import { NoticeContext } from './notice-context';

/**
 * Problems from the service (one line each, naming the question by number and title, or the file,
 * sheet, row or field) and short confirmations. `inDialog` shows it at the top of an open dialog.
 */
export function NoticeBar({ inDialog = false }: { inDialog?: boolean }) {
  const { t } = useTranslation();
  const { notice, dismiss, describe } = useContext(NoticeContext);
  if (!notice) return null;
  const lines = [
    ...(notice.problems ?? []).map(problemText),
    ...(notice.messageKey ? [t(notice.messageKey, notice.params ?? {})] : []),
    ...(notice.text ? [notice.text] : []),
  ].map(describe);
  return (
    <div
      className={`notice ${notice.kind}${inDialog ? ' in-dialog' : ''}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={inDialog ? 'dialog-notice' : 'notice'}
    >
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
      <button type="button" className="close" onClick={dismiss} aria-label={t('ui.actions.close')}>
        ×
      </button>
    </div>
  );
}
