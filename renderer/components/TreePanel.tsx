import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { fmt } from './format';
import { PriorChange } from '../yearly/PriorChange';

interface Props {
  summary: ScoreSummary;
  selected: string;
  onSelect: (id: string) => void;
  /** Last year's value per node (two-year workbook, or the LKE the document was started from). */
  prior?: Readonly<Record<string, { value: number | null }>> | null | undefined;
}

/** Components → areas → sub-areas with value / maximum and a progress bar; choosing one filters the grid. */
export const TreePanel = memo(function TreePanel({ summary, selected, onSelect, prior }: Props) {
  const { t } = useTranslation();
  const groups = summary.nodes.filter((n) => n.kind === 'group');
  return (
    <nav className="tree" aria-label={t('ui.tree')}>
      <ul role="tree">
        {groups.map((node) => {
          const share = node.weight ? Math.max(0, Math.min(1, (node.value ?? 0) / node.weight)) : 0;
          const title = node.depth === 0 ? t('ui.all') : `${node.code} ${node.title}`;
          return (
            <li
              key={node.id}
              role="treeitem"
              aria-selected={node.id === selected}
              className={`tree-node depth-${node.depth}${node.id === selected ? ' selected' : ''}${node.empty ? ' empty' : ''}`}
              style={{ paddingLeft: 6 + node.depth * 10 }}
              onClick={() => onSelect(node.id)}
              title={node.empty ? `${title} — ${t('ui.incomplete')}` : title}
              data-testid={`tree-${node.id}`}
            >
              <span className="tree-title">{title}</span>
              <span className="tree-figure">
                {fmt(node.value)} / {fmt(node.weight)}
              </span>
              {/* The change since last year per component and area (sub-areas keep their titles readable). */}
              {node.depth <= 3 && <PriorChange now={node.value} before={prior?.[node.id]?.value ?? null} />}
              <span className="progress" aria-hidden="true">
                <span className="progress-fill" style={{ width: `${share * 100}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
