import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBar } from './NoticeBar';

/**
 * A modal dialog on the native <dialog> element: Escape closes it, focus stays inside and starts on the
 * field marked `data-autofocus`, if any.
 */
export function Dialog({
  title,
  onClose,
  children,
  testId,
  keepOpen,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** Asked before Escape or × closes the dialog (unsaved work): true keeps it open. */
  keepOpen?: () => boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal focuses the first button (×), where a space typed closes the dialog: the field marked
    // `data-autofocus` gets the focus instead (React's autoFocus runs before the dialog is shown).
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      onClose={onClose}
      onCancel={(e) => {
        if (keepOpen?.()) e.preventDefault();
        else onClose();
      }}
      data-testid={testId}
      aria-label={title}
    >
      <header>
        <h2>{title}</h2>
        <button
          type="button"
          className="close"
          onClick={() => keepOpen?.() || onClose()}
          aria-label={t('ui.actions.close')}
        >
          ×
        </button>
      </header>
      <NoticeBar inDialog />
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
