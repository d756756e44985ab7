import type { DocumentView } from '../documents/document-view';
import type { OpenDocument } from '../documents/open-document';
import { openDocuments } from '../documents/open-documents';
import { rememberDocument } from '../workbench/recent-documents';
import type { CallContext } from './handlers';

/**
 * What handlers do besides their own work, declared where each is registered:
 * `'app.openPath': showing(remembered(open))`, `'records.set': onDocument(set)`.
 */

type Step<I, O> = (input: I, context: CallContext) => Promise<O>;

/**
 * Acts on the open document the input names, once it is ready: for an imported workbook, its own
 * formulas built and leading its scores, so that every answer carries the scores the screen shows.
 */
export function onDocument<I extends { documentId: string }, O>(
  act: (doc: OpenDocument, input: I, context: CallContext) => O | Promise<O>,
): Step<I, O> {
  return async (input, context) => {
    const doc = openDocuments.get(input.documentId);
    await doc.ready();
    try {
      return await act(doc, input, context);
    } finally {
      // Its scores are stored for the portfolio once the user pauses, if the call changed it.
      doc.changed();
    }
  };
}

/** Answers with the view of the document the step opened or made. */
export function showing<I>(open: Step<I, OpenDocument>): Step<I, DocumentView> {
  return async (input, context) => (await open(input, context)).view();
}

/** The user opened the document: it goes to the top of the recent documents (the File menu follows). */
export function remembered<I>(open: Step<I, OpenDocument>): Step<I, OpenDocument> {
  return async (input, context) => {
    const doc = await open(input, context);
    rememberDocument(doc.path, new Date());
    return doc;
  };
}
