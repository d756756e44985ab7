import { useTranslation } from 'react-i18next';
import { SummaryPanel } from '../components/SummaryPanel';
import type { ShownDocument } from '../state/workbench-state';
import { shownTotalError } from '../state/workbench-state';
import { useLiveDocument } from '../state/document-store';

interface Props {
  /** The document as settled: the chart and the gains follow an edit a frame after its totals. */
  shown: ShownDocument | null;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  onFindings: () => void;
  onGainClick: (id: string) => void;
  onOpenAnswerSet: (sheet: string) => void;
}

/** The summary of the document's scores, or its rail when folded away. */
export function SummaryColumn({
  shown,
  collapsed,
  onCollapse,
  onFindings,
  onGainClick,
  onOpenAnswerSet,
}: Props) {
  const { t } = useTranslation();
  // The figures follow the service's answer at once.
  const doc = useLiveDocument((d) => d);
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
