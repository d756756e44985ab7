import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { TreeNode } from './TreeNode';

interface Props {
  summary: ScoreSummary;
  /** The reviewer's scores, shown beside the unit's in the evaluator's view (else null). */
  reviewer: ScoreSummary | null;
  selected: string;
  onSelect: (id: string) => void;
  /** Last year's value per node (two-year workbook, or the LKE the document was started from). */
  prior?: Readonly<Record<string, { value: number | null }>> | null | undefined;
  /** Questions filled from a survey: their group says "dari survei …". */
  surveyMarks?:
    Readonly<Record<string, { name: string; respondents: number; date: string | null }>> | undefined;
  /** The error the workbook shows for its total (#DIV/0!, #CYCLE!), said on the root instead of 0,00. */
  totalError?: string | null | undefined;
}

type Node = ScoreSummary['nodes'][number];

/**
 * Components → areas → sub-areas with value / maximum and a progress bar; choosing one filters the grid.
 * A tree as WAI-ARIA describes it: one tab stop; arrows move, Right opens and Left closes a branch, Enter
 * or Space chooses; the full title shows on hover.
 */
export const TreePanel = memo(function TreePanel({
  summary,
  reviewer,
  selected,
  onSelect,
  prior,
  surveyMarks,
  totalError,
}: Props) {
  const { t } = useTranslation();
  const groups = useMemo(() => summary.nodes.filter((n) => n.kind === 'group'), [summary]);
  const reviewed = useMemo(() => new Map((reviewer?.nodes ?? []).map((n) => [n.id, n])), [reviewer]);
  // The group of each question a survey fills, marked "dari survei SPAK 2026: 40 responden, 2026-06-09".
  const surveyText = useMemo(() => {
    const marks: Record<string, string> = {};
    const stack: Node[] = [];
    for (const node of summary.nodes) {
      while (stack.length && (stack[stack.length - 1] as Node).depth >= node.depth) stack.pop();
      const group = stack[stack.length - 1];
      if (node.kind === 'group') stack.push(node);
      const mark = surveyMarks?.[node.id];
      if (!mark || !group) continue;
      const text = t('ui.survey.mark', {
        name: mark.name,
        respondents: mark.respondents,
        date: mark.date ?? '—',
      });
      marks[group.id] = marks[group.id] ? `${marks[group.id]}; ${text}` : text;
    }
    return marks;
  }, [summary, surveyMarks, t]);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(selected);
  const list = useRef<HTMLUListElement>(null);

  // Parents by position: the groups come in the LKE's order with their depth.
  const { parents, hasChildren } = useMemo(() => {
    const parents = new Map<string, string>();
    const hasChildren = new Set<string>();
    const stack: Node[] = [];
    for (const node of groups) {
      while (stack.length && (stack[stack.length - 1] as Node).depth >= node.depth) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        parents.set(node.id, parent.id);
        hasChildren.add(parent.id);
      }
      stack.push(node);
    }
    return { parents, hasChildren };
  }, [groups]);
  const visible = useMemo(
    () =>
      groups.filter((node) => {
        for (let p = parents.get(node.id); p; p = parents.get(p)) if (closed.has(p)) return false;
        return true;
      }),
    [groups, parents, closed],
  );

  useEffect(() => setActive(selected), [selected]);
  useEffect(() => {
    list.current?.querySelector(`[data-node="${CSS.escape(active)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const toggle = useCallback(
    (id: string, open?: boolean) =>
      setClosed((before) => {
        const next = new Set(before);
        if (open ?? next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  // Stable, so that a node redraws only when its own figures (or its state in the tree) change.
  const choose = useRef(onSelect);
  choose.current = onSelect;
  const pick = useCallback((id: string) => {
    setActive(id);
    choose.current(id);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const at = Math.max(
      0,
      visible.findIndex((n) => n.id === active),
    );
    const node = visible[at];
    if (!node) return;
    let next: string | undefined;
    if (event.key === 'ArrowDown') next = visible[Math.min(visible.length - 1, at + 1)]?.id;
    else if (event.key === 'ArrowUp') next = visible[Math.max(0, at - 1)]?.id;
    else if (event.key === 'Home') next = visible[0]?.id;
    else if (event.key === 'End') next = visible[visible.length - 1]?.id;
    else if (event.key === 'ArrowRight') {
      if (hasChildren.has(node.id) && closed.has(node.id)) toggle(node.id, true);
      else if (hasChildren.has(node.id)) next = visible[at + 1]?.id;
    } else if (event.key === 'ArrowLeft') {
      if (hasChildren.has(node.id) && !closed.has(node.id)) toggle(node.id, false);
      else next = parents.get(node.id);
    } else if (event.key === 'Enter' || event.key === ' ') onSelect(node.id);
    else return;
    event.preventDefault();
    if (next) setActive(next);
  };

  return (
    <nav className="tree" aria-label={t('ui.tree')} data-testid="tree">
      <ul
        ref={list}
        role="tree"
        aria-label={t('ui.tree')}
        tabIndex={0}
        aria-activedescendant={`tree-item-${active}`}
        onKeyDown={onKeyDown}
      >
        {visible.map((node) => (
          <TreeNode
            key={node.id}
            node={node}
            review={reviewer ? reviewed.get(node.id) : undefined}
            branch={hasChildren.has(node.id) && node.depth > 0}
            closed={closed.has(node.id)}
            selected={node.id === selected}
            active={node.id === active}
            prior={node.depth <= 3 ? (prior?.[node.id]?.value ?? null) : undefined}
            surveyText={surveyText[node.id]}
            incomplete={node.depth === 0 ? (totalError ?? null) : null}
            onPick={pick}
            onToggle={toggle}
          />
        ))}
      </ul>
    </nav>
  );
});
