import type { ComponentProps } from 'react';
import { ReplicaBar } from '../components/ReplicaBar';
import { FindBar } from '../find/FindBar';
import { PrintReport } from '../print/PrintReport';
import { useLiveDocument } from '../state/document-store';

/** The find bar over the answers as they are now. */
export function LiveFindBar(props: Omit<ComponentProps<typeof FindBar>, 'records'>) {
  const records = useLiveDocument((d) => d?.records ?? null);
  return records ? <FindBar {...props} records={records} /> : null;
}

/** The printed report of the document as it is now. */
export function LivePrintReport() {
  const doc = useLiveDocument((d) => d);
  return doc ? <PrintReport doc={doc} /> : null;
}

/** A replica's bar (issue 25), read again when the document's revision moves. */
export function LiveReplicaBar(props: Omit<ComponentProps<typeof ReplicaBar>, 'revision' | 'documentId'>) {
  const at = useLiveDocument(
    (d) => (d ? { documentId: d.view.documentId, revision: d.revision } : null),
    (a, b) => a?.documentId === b?.documentId && a?.revision === b?.revision,
  );
  return at ? <ReplicaBar {...props} documentId={at.documentId} revision={at.revision} /> : null;
}
