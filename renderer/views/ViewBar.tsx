import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import type { GridView } from './grid-views';
import { GRID_VIEWS, orderColumns } from './grid-views';
import type { Preferences } from './preferences';

/** Every column the chooser offers (code and question always show). */
const CHOOSABLE = [
  'type',
  'answer',
  'value',
  'weight',
  'prior',
  'delta',
  'note',
  'evidence',
  'reviewerAnswer',
  'reviewerValue',
  'reviewerNote',
  'pokja',
  'status',
  'targetMonth',
  'completeness',
];

interface Props {
  prefs: Preferences;
  reviewer: ScoreSummary | null;
  hasPrior: boolean;
  onChange: (change: Partial<Preferences>) => void;
  onFind: () => void;
  onPrint: () => void;
  onShortcuts: () => void;
}

/**
 * The views of the three users (Pokja, Evaluator, Coordinator) in one click, the evaluator's progress,
 * the column chooser, compact rows, find, print and the keyboard help.
 */
export function ViewBar({ prefs, reviewer, hasPrior, onChange, onFind, onPrint, onShortcuts }: Props) {
  const { t } = useTranslation();
  const view = prefs.view ?? 'pokja';
  const choice = prefs.columns[view] ?? { hidden: [], shown: [] };
  const columns = CHOOSABLE.filter((c) => hasPrior || (c !== 'prior' && c !== 'delta'));
  const hidden = new Set(
    orderColumns(columns, view, choice)
      .filter((c) => c.hide)
      .map((c) => c.id),
  );
  const own = new Set(
    orderColumns(columns, view, { hidden: [], shown: [] })
      .filter((c) => !c.hide)
      .map((c) => c.id),
  );

  const setShown = (id: string, show: boolean) => {
    const next = own.has(id)
      ? { ...choice, hidden: show ? choice.hidden.filter((c) => c !== id) : [...choice.hidden, id] }
      : { ...choice, shown: show ? [...choice.shown, id] : choice.shown.filter((c) => c !== id) };
    onChange({ columns: { ...prefs.columns, [view]: next } });
  };

  return (
    <div className="view-bar" role="toolbar" aria-label={t('ui.views.label')}>
      <div className="segmented" role="group" aria-label={t('ui.views.label')}>
        {GRID_VIEWS.map((v: GridView) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            className={view === v ? 'on' : undefined}
            onClick={() => onChange({ view: v })}
            data-testid={`view-${v}`}
            title={t(`ui.views.${v}Help`)}
          >
            {t(`ui.views.${v}`)}
          </button>
        ))}
      </div>
      {view === 'reviewer' && reviewer && (
        <span
          className="reviewed"
          data-testid="reviewed-count"
          title={t('ui.reviewedOf', { reviewed: reviewer.answered, questions: reviewer.questions })}
        >
          {t('ui.reviewedShort', { reviewed: reviewer.answered, questions: reviewer.questions })}
        </span>
      )}
      <details className="column-chooser">
        <summary data-testid="column-chooser">{t('ui.views.columns')}</summary>
        <div className="menu">
          {columns.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={!hidden.has(id)}
                onChange={(e) => setShown(id, e.target.checked)}
                data-testid={`column-${id}`}
              />
              {t(`ui.columns.${id}`)}
            </label>
          ))}
          <label className="compact">
            <input
              type="checkbox"
              checked={prefs.compact}
              onChange={(e) => onChange({ compact: e.target.checked })}
              data-testid="compact-rows"
            />
            {t('ui.views.compact')}
          </label>
          <button
            type="button"
            onClick={() =>
              onChange({ columns: { ...prefs.columns, [view]: { hidden: [], shown: [] } }, widths: {} })
            }
          >
            {t('ui.views.resetColumns')}
          </button>
        </div>
      </details>
      <button type="button" onClick={onFind} title="Ctrl+F" data-testid="find-open">
        {t('ui.find.open')}
      </button>
      <button type="button" onClick={onPrint} title="Ctrl+P" data-testid="print-open">
        {t('ui.print.open')}
      </button>
      <button
        type="button"
        onClick={onShortcuts}
        title="F1"
        data-testid="shortcuts-open"
        aria-label={t('ui.shortcuts.title')}
      >
        ?
      </button>
    </div>
  );
}
