import { useTranslation } from 'react-i18next';
import { SummaryPanel } from '../components/SummaryPanel';
import type { ShownDocument } from '../state/workbench-state';
import { shownTotalError } from '../state/workbench-state';

interface Props {
  doc: ShownDocument | null;
  /** The scores the chart shows (they may follow an edit a frame later). */
  shown: ShownDocument | null;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  onFindings: () => void;
  onGainClick: (id: string) => void;
  onOpenAnswerSet: (sheet: string) => void;
}

/** The summary of the document's scores, or its rail when folded away. */
export function SummaryColumn({
  doc,
  shown,
  collapsed,
  onCollapse,
  onFindings,
  onGainClick,
  onOpenAnswerSet,
}: Props) {
  const { t } = useTranslation();
  if (!doc) return null;
  if (collapsed)
    return (
      <button
        type="button"
        className="rail"
        onClick={() => onCollapse(false)}
        aria-label={t('ui.panels.showSummary')}
        title={t('ui.panels.showSummary')}
        data-testid="summary-show"
      >
        «
      </button>
    );
  return (
    <SummaryPanel
      unit={doc.unit}
      chart={(shown ?? doc).unit}
      standard={doc.standard}
      reviewer={doc.reviewer}
      gainsStale={doc.gainsRevision !== doc.revision}
      priorYear={
        doc.priorYear
          ? { label: doc.priorYear.label, total: doc.priorYear.total, items: doc.priorYear.items }
          : null
      }
      onFindings={onFindings}
      onGainClick={onGainClick}
      onCollapse={() => onCollapse(true)}
      answerSets={doc.view.answerSets}
      totalError={shownTotalError(doc)}
      onOpenAnswerSet={onOpenAnswerSet}
      builtinTemplate={doc.view.sourceWorkbook && doc.rule === 'standard' ? doc.view.template.title : null}
    />
  );
}
