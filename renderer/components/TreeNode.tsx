import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { PriorChange } from '../yearly/PriorChange';
import { fmt } from './format';

type Node = ScoreSummary['nodes'][number];

interface Props {
  node: Node;
  /** The reviewer's figures of the node (the evaluator's view), else undefined. */
  review: Node | undefined;
  branch: boolean;
  closed: boolean;
  selected: boolean;
  active: boolean;
  /** Last year's value (components, areas and sub-areas; undefined: not shown). */
  prior: number | null | undefined;
  surveyText: string | undefined;
  /** The root of a workbook whose total is an error: the error, as the header says it, for the value. */
  incomplete: string | null;
  onPick: (id: string) => void;
  onToggle: (id: string) => void;
}

/**
 * One node of the tree with value / weight and a progress bar. An edit's score update replaces only the
 * nodes whose figures changed: the others are the same objects and are not redrawn.
 */
export const TreeNode = memo(function TreeNode({
  node,
  review,
  branch,
  closed,
  selected,
  active,
  prior,
  surveyText,
  incomplete,
  onPick,
  onToggle,
}: Props) {
  const { t } = useTranslation();
  const share = incomplete ? 0 : node.weight ? Math.max(0, Math.min(1, (node.value ?? 0) / node.weight)) : 0;
  const title = node.depth === 0 ? t('ui.all') : `${node.code} ${node.title}`;
  const classes = [
    'tree-node',
    `depth-${node.depth}`,
    selected ? 'selected' : '',
    active ? 'active' : '',
    node.empty ? 'empty' : '',
  ];
  return (
    <li
      id={`tree-item-${node.id}`}
      data-node={node.id}
      role="treeitem"
      aria-selected={selected}
      aria-expanded={branch ? !closed : undefined}
      aria-level={node.depth + 1}
      className={classes.filter(Boolean).join(' ')}
      style={{ paddingLeft: 4 + node.depth * 10 }}
      onClick={() => onPick(node.id)}
      title={node.empty ? `${title} — ${t('ui.incomplete')}` : title}
      data-testid={`tree-${node.id}`}
    >
      <span className="tree-title">
        {branch ? (
          <span
            className="tree-toggle"
            aria-hidden="true"
            onClick={(e) => {
              e.stopPropagation();
              onToggle(node.id);
            }}
          >
            {closed ? '▸' : '▾'}
          </span>
        ) : (
          <span className="tree-toggle" aria-hidden="true" />
        )}
        {title}
      </span>
      <span className="tree-figure">
        {incomplete ? (
          <span title={t('ui.numbers.totalIncomplete', { error: incomplete })}>{incomplete}</span>
        ) : (
          fmt(node.value)
        )}{' '}
        / {fmt(node.weight)}
      </span>
      {/* The change since last year per component and area (sub-areas keep their titles readable). */}
      {prior !== undefined && <PriorChange now={node.value} before={prior} />}
      {review && review.answered > 0 && (
        <span className="tree-review" data-testid={`tree-review-${node.id}`}>
          {t('ui.reviewer')}: {fmt(review.value)} ·{' '}
          {t('ui.reviewedShort', { reviewed: review.answered, questions: review.questions })}
        </span>
      )}
      {surveyText && (
        <span className="tree-survey" data-testid={`tree-survey-${node.id}`}>
          {surveyText}
        </span>
      )}
      <span className="progress" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${share * 100}%` }} />
      </span>
    </li>
  );
});
