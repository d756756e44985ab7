import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Template, TemplateNode } from '../../shared/template/template-schema';
import {
  addGroup,
  addQuestion,
  CHILD_LEVEL,
  moveBy,
  remove,
  rename,
  setCode,
  setWeight,
} from '../../shared/template-editor/tree-edits';
import { setQuestionType } from '../../shared/template-editor/rule-edits';
import type { EditorProblem } from '../../shared/template-editor/weight-check';
import { problemsOf } from '../../shared/template-editor/weight-check';
import { weightText } from './editor-words';
import { NumberField } from './NumberField';
import type { Change } from './use-template-editor';

interface Props {
  template: Template;
  problems: EditorProblem[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** The row just added: its title gets the focus, ready to be typed. */
  fresh: string | null;
  onAdded: (id: string) => void;
  change: Change;
  endTyping: () => void;
}

/** The tree being edited, one row per component, area, sub-area and question, each edited in place. */
export function TreeRows(props: Props) {
  const { t } = useTranslation();
  const root = props.template.root;
  return (
    <div className="te-tree" role="list" aria-label={t('ui.templateEditor.tree')}>
      <AddButtons group={root} {...props} />
      {root.children.map((child) => (
        <Row key={child.id} node={child} parent={root} depth={0} {...props} />
      ))}
    </div>
  );
}

function Row({
  node,
  parent,
  depth,
  ...props
}: Props & { node: TemplateNode; parent: Group; depth: number }) {
  const { t } = useTranslation();
  const { template, change, endTyping, selected, onSelect } = props;
  const level = node.kind === 'group' ? node.level : 'indicator';
  const levelWord = t(`ui.templateEditor.levels.${level}`);
  const mismatch = problemsOf(props.problems, node.id).find((p) => p.code === 'weights');
  const weighted = node.kind === 'group' || parent.aggregate === 'sum';
  const title = node.title || levelWord;
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.fresh !== node.id) return;
    titleRef.current?.focus();
    titleRef.current?.select();
  }, [props.fresh, node.id]);
  return (
    <>
      <div
        role="listitem"
        className={`te-row te-${level}${selected === node.id ? ' te-selected' : ''}`}
        style={{ paddingLeft: 6 + depth * 18 }}
        onFocus={() => onSelect(node.id)}
        onClick={() => onSelect(node.id)}
        data-testid={`te-row-${node.id}`}
      >
        <span className="te-level">{levelWord}</span>
        <input
          className="te-code"
          value={node.code}
          aria-label={`${t('ui.templateEditor.code')} ${title}`}
          onChange={(e) => change((tp) => setCode(tp, node.id, e.target.value), `code:${node.id}`)}
          onBlur={endTyping}
        />
        <input
          ref={titleRef}
          className="te-title"
          value={node.title}
          aria-label={t('ui.templateEditor.titleOf', { level: levelWord })}
          data-testid={`te-title-${node.id}`}
          onChange={(e) => change((tp) => rename(tp, node.id, e.target.value), `title:${node.id}`)}
          onBlur={endTyping}
        />
        {node.kind === 'indicator' && (
          <select
            className="te-type"
            value={node.answerType}
            disabled={Boolean(node.derive)}
            aria-label={t('ui.templateEditor.typeOf', { title })}
            data-testid={`te-type-${node.id}`}
            onChange={(e) => change((tp) => setQuestionType(tp, node.id, e.target.value))}
          >
            {template.answerTypes.map((type) => (
              <option key={type.label} value={type.label}>
                {type.label}
              </option>
            ))}
          </select>
        )}
        {weighted ? (
          <NumberField
            className="te-weight"
            value={node.weight ?? 0}
            label={t('ui.templateEditor.weightOf', { level: levelWord, title })}
            testId={`te-weight-${node.id}`}
            onChange={(w) => change((tp) => setWeight(tp, node.id, w), `weight:${node.id}`)}
            onDone={endTyping}
          />
        ) : (
          <span className="te-weight" />
        )}
        <span className="te-sum" data-testid={`te-sum-${node.id}`}>
          {mismatch && 'sum' in mismatch
            ? t('ui.templateEditor.problems.short', {
                sum: weightText(mismatch.sum),
                weight: weightText(mismatch.weight),
              })
            : ''}
        </span>
        <button
          type="button"
          aria-label={t('ui.templateEditor.up', { title })}
          title={t('ui.templateEditor.up', { title })}
          onClick={() => change((tp) => moveBy(tp, node.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('ui.templateEditor.down', { title })}
          title={t('ui.templateEditor.down', { title })}
          onClick={() => change((tp) => moveBy(tp, node.id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={t('ui.templateEditor.remove', { title })}
          title={t('ui.templateEditor.remove', { title })}
          data-testid={`te-remove-${node.id}`}
          onClick={() => change((tp) => remove(tp, node.id))}
        >
          ✕
        </button>
      </div>
      {node.kind === 'group' && (
        <>
          {node.children.map((child) => (
            <Row key={child.id} node={child} parent={node} depth={depth + 1} {...props} />
          ))}
          <AddButtons group={node} depth={depth + 1} {...props} />
        </>
      )}
    </>
  );
}

/** "+ komponen", "+ area", "+ pertanyaan" under a group: the new row gets the focus's selection. */
function AddButtons({
  group,
  depth = 0,
  template,
  change,
  onAdded,
}: Props & { group: Group; depth?: number }) {
  const { t } = useTranslation();
  const childLevel = CHILD_LEVEL[group.level];
  const title = group.title || t(`ui.templateEditor.levels.${group.level}`);
  const holdsGroups = group.children.some((c) => c.kind === 'group');
  const holdsQuestions = group.children.some((c) => c.kind === 'indicator');
  const firstType = template.answerTypes.find((a) => a.kind !== 'count')?.label ?? '';
  const button = (level: string, add: () => void) => (
    <button
      type="button"
      onClick={add}
      aria-label={t('ui.templateEditor.addTo', { level: t(`ui.templateEditor.levels.${level}`), title })}
      data-testid={`te-add-${level}-${group.id}`}
    >
      {t('ui.templateEditor.add', { level: t(`ui.templateEditor.levels.${level}`) })}
    </button>
  );
  return (
    <div role="listitem" className="te-add" style={{ paddingLeft: 6 + depth * 18 }}>
      {childLevel &&
        !holdsQuestions &&
        button(childLevel, () => {
          const newTitle = t('ui.templateEditor.newTitle', {
            level: t(`ui.templateEditor.levels.${childLevel}`),
          });
          change((tp) => addGroup(tp, group.id, newTitle).template);
          onAdded(addGroup(template, group.id, newTitle).id);
        })}
      {group.level !== 'root' &&
        !holdsGroups &&
        button('indicator', () => {
          const newTitle = t('ui.templateEditor.newTitle', {
            level: t('ui.templateEditor.levels.indicator'),
          });
          change((tp) => addQuestion(tp, group.id, newTitle, firstType).template);
          onAdded(addQuestion(template, group.id, newTitle, firstType).id);
        })}
    </div>
  );
}
