import { useTranslation } from 'react-i18next';

/** The filter of what still shows last year's answers, unconfirmed, and confirming all that is shown. */
export function UnconfirmedFilter({
  count,
  checked,
  onChange,
  onConfirmShown,
}: {
  count: number;
  checked: boolean;
  onChange: (checked: boolean) => void;
  onConfirmShown: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label className="filter" title={t('ui.yearly.unconfirmedCount', { count })}>
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          data-testid="filter-unconfirmed"
        />
        {t('ui.yearly.unconfirmedFilter')} ({count})
      </label>
      {checked && count > 0 && (
        <button type="button" onClick={onConfirmShown} data-testid="confirm-shown">
          {t('ui.yearly.confirmShown')}
        </button>
      )}
    </>
  );
}
