import type { CustomCellRendererProps } from 'ag-grid-react';
import { isSafeLink } from '../../shared/records/link-policy';
import type { GridRow } from './grid-rows';

/**
 * Evidence links, clickable; they open in the user's browser (Electron denies in-app windows). Only
 * http, https and mailto links are ever anchors: anything else (from an older document) shows as text.
 */
export function EvidenceCell(props: CustomCellRendererProps<GridRow>) {
  const row = props.data;
  if (!row || row.kind === 'heading') return null;
  return (
    <span className="evidence">
      {row.record.evidence.map((e, i) => (
        <span key={i} className="evidence-item" title={e.text}>
          {e.url && isSafeLink(e.url) ? (
            <a href={e.url} target="_blank" rel="noreferrer noopener">
              {e.text ? e.text.split('\n')[0] : e.url}
            </a>
          ) : (
            [e.text, e.url].filter(Boolean).join(' ')
          )}
        </span>
      ))}
    </span>
  );
}
