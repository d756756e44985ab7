import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerSetsView } from '../../shared/api/document-operations';
import { fmt } from './format';

interface Props {
  sets: AnswerSetsView;
  /** Opens another answer sheet of the workbook as a document of its own. */
  onOpen: (sheet: string) => void;
}

/**
 * A workbook of several answer sheets (a centre's sheet and its units'): which sheet is on screen (its
 * total is the one every part of the screen adds up to), the headline the summary sheet computes from
 * them and by which rule, every sheet's own total, and a way to open another sheet.
 */
export function AnswerSets({ sets, onOpen }: Props) {
  const { t } = useTranslation();
  const others = sets.sets.filter((s) => s.sheet !== sets.shown);
  const [chosen, setChosen] = useState(others[0]?.sheet ?? '');
  const total = (s: { total: number | null; error: string | null }) =>
    s.error !== null ? t('ui.numbers.totalIncomplete', { error: s.error }) : fmt(s.total);
  return (
    <div className="answer-sets" data-testid="answer-sets">
      <div data-testid="answer-set-shown">
        {t('ui.numbers.shownSheet')}: <b>{sets.shown}</b>
      </div>
      {sets.headline && (
        <div data-testid="headline">
          {t('ui.numbers.headline', { cell: sets.headline.cell })}:{' '}
          <b>{total({ total: sets.headline.value, error: sets.headline.error })}</b>
          <div className="muted">
            {t('ui.numbers.headlineRule', {
              sheets: sets.sets.map((s) => s.sheet).join(', '),
            })}
          </div>
        </div>
      )}
      <table className="components">
        <tbody>
          {sets.sets.map((s) => (
            <tr key={s.sheet} data-testid={`answer-set-${s.sheet}`}>
              <td>
                {s.sheet}
                {s.sheet === sets.shown ? ` (${t('ui.numbers.onScreen')})` : ''}
              </td>
              <td className="num">{total(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {others.length > 0 && (
        <div>
          <select
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
            aria-label={t('ui.numbers.otherSheet')}
            data-testid="answer-set-choice"
          >
            {others.map((s) => (
              <option key={s.sheet} value={s.sheet}>
                {s.sheet}
              </option>
            ))}
          </select>{' '}
          <button type="button" onClick={() => chosen && onOpen(chosen)} data-testid="answer-set-open">
            {t('ui.numbers.openSheet')}
          </button>
        </div>
      )}
    </div>
  );
}
