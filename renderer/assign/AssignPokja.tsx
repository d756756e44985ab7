import { useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { TemplateIndex } from '../../shared/template/template-index';
import { Dialog } from '../components/Dialog';
import type { Notice } from '../state/use-workbench';
import type { PasteEdit } from '../grid/plan-paste';
import { planPokjaAssignment, questionsUnder } from './assign-pokja';

interface Props {
  index: TemplateIndex;
  records: ReadonlyMap<string, AnswerRecord>;
  /** The node chosen in the tree: its questions are assigned. */
  groupId: string;
  pokjas: string[];
  /** Sends the edits as one action (one undo step) and says what was done. */
  onAssign: (edits: PasteEdit[], said: Pick<Notice, 'messageKey' | 'params'>) => void;
  /** Nothing to change: says so. */
  onNothing: (said: Pick<Notice, 'messageKey' | 'params'>) => void;
}

/**
 * "Tetapkan pokja…" beside the tree: the pokja of every question under the area or sub-area chosen
 * there, set in one action (a known pokja picked, or a new name typed).
 */
export function AssignPokja({ index, records, groupId, pokjas, onAssign, onNothing }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const group = index.groups.get(groupId);
  const questions = useMemo(() => questionsUnder(index, groupId).length, [index, groupId]);
  // The whole LKE is no area: a pokja takes an area, a sub-area (or a component) at a time.
  const usable = Boolean(group) && group?.level !== 'root' && questions > 0;
  return (
    <>
      <button
        type="button"
        disabled={!usable}
        onClick={() => setOpen(true)}
        title={usable ? t('ui.assignPokja.help', { count: questions }) : t('ui.assignPokja.chooseArea')}
        data-testid="assign-pokja"
      >
        {t('ui.assignPokja.button')}
      </button>
      {/* Out of the tree's heading (small capitals there): the dialog has the page's own type. */}
      {open &&
        group &&
        createPortal(
          <AssignPokjaDialog
            title={`${group.code} ${group.title}`.trim()}
            questions={questions}
            pokjas={pokjas}
            initial={commonPokja(index, groupId, records)}
            onClose={() => setOpen(false)}
            onSubmit={(pokja) => {
              setOpen(false);
              const plan = planPokjaAssignment(index, groupId, records, pokja);
              const params = { pokja: pokja.trim(), count: plan.questions, code: group.code || group.title };
              if (plan.edits.length === 0) onNothing({ messageKey: 'ui.assignPokja.nothing', params });
              else
                onAssign(plan.edits, {
                  messageKey: 'ui.assignPokja.done',
                  params: { ...params, changed: plan.edits.length },
                });
            }}
          />,
          document.body,
        )}
    </>
  );
}

function AssignPokjaDialog(props: {
  title: string;
  questions: number;
  pokjas: string[];
  initial: string;
  onSubmit: (pokja: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [pokja, setPokja] = useState(props.initial);
  const listId = useId();
  return (
    <Dialog title={t('ui.assignPokja.title')} onClose={props.onClose} testId="assign-pokja-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (pokja.trim()) props.onSubmit(pokja);
        }}
      >
        <p>{t('ui.assignPokja.what', { title: props.title, count: props.questions })}</p>
        <label>
          {t('ui.assignPokja.name')}
          <input
            value={pokja}
            onChange={(e) => setPokja(e.target.value)}
            list={listId}
            data-autofocus
            data-testid="assign-pokja-name"
          />
        </label>
        <datalist id={listId}>
          {props.pokjas.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <div className="buttons">
          <button type="button" onClick={props.onClose}>
            {t('ui.actions.cancel')}
          </button>
          <button type="submit" disabled={!pokja.trim()} data-testid="assign-pokja-apply">
            {t('ui.assignPokja.apply', { count: props.questions })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The pokja every question under the group already has, else '' (the field starts empty). */
function commonPokja(index: TemplateIndex, groupId: string, records: ReadonlyMap<string, AnswerRecord>) {
  const names = new Set(questionsUnder(index, groupId).map((id) => records.get(id)?.pokja ?? ''));
  return names.size === 1 ? ([...names][0] ?? '') : '';
}
