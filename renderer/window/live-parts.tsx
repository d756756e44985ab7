import type { ComponentProps } from 'react';
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
