import { useTranslation } from 'react-i18next';
import { AssignPokja } from '../assign/AssignPokja';
import { TreePanel } from '../components/TreePanel';
import { useLiveDocument } from '../state/document-store';
import type { Workbench } from '../state/use-workbench';
import type { ShownDocument } from '../state/workbench-state';
import { shownTotalError } from '../state/workbench-state';
import type { GridView } from '../views/grid-views';

interface Props {
  wb: Workbench;
  /** The document as settled: the tree follows an edit a frame after its totals. */
  shown: ShownDocument | null;
  view: GridView;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  selected: string;
  onSelect: (id: string) => void;
  pokjas: string[];
}

/** The tree of the document (with "assign a pokja" to the chosen node), or its rail when folded away. */
export function TreeColumn({ wb, shown, view, collapsed, onCollapse, selected, onSelect, pokjas }: Props) {
  const { t } = useTranslation();
  // A pokja is assigned to what the answers are now.
  const records = useLiveDocument((d) => d?.records ?? null);
  if (!shown || !records) return <nav className="tree" />;
  if (collapsed)
    return (
      <button
        type="button"
        className="rail"
        onClick={() => onCollapse(false)}
        aria-label={t('ui.panels.showTree')}
        title={t('ui.panels.showTree')}
        data-testid="tree-show"
      >
        »
      </button>
    );
  return (
    <div className="tree-panel">
      <div className="panel-head">
        <span>{t('ui.tree')}</span>
        <AssignPokja
          index={shown.index}
          records={records}
          groupId={selected}
          pokjas={pokjas}
          onAssign={(edits, said) => void wb.paste(edits, said)}
          onNothing={(said) => wb.setNotice({ kind: 'info', ...said })}
        />
        <button
          type="button"
          onClick={() => onCollapse(true)}
          aria-label={t('ui.panels.hideTree')}
          title={t('ui.panels.hideTree')}
          data-testid="tree-hide"
        >
          «
        </button>
      </div>
      <TreePanel
        summary={shown.unit}
        reviewer={view === 'reviewer' ? shown.reviewer : null}
        selected={selected}
        onSelect={onSelect}
        prior={shown.priorYear?.items ?? null}
        surveyMarks={shown.view.surveyMarks}
        totalError={shownTotalError(shown)}
      />
    </div>
  );
}
