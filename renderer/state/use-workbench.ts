import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordField } from '../../shared/document/answer-record';
import type { Problem } from '../../shared/problem';
import { ApiProblems, call } from '../api/client';
import type { PasteEdit } from '../grid/plan-paste';
import type { EditResult, OpenDocument } from './workbench-state';
import { applyEditResult, openDocumentFrom } from './workbench-state';

/** A message above the grid: problems from the service, or a UI message key with its parameters. */
export interface Notice {
  kind: 'error' | 'info';
  problems?: Problem[];
  messageKey?: string;
  params?: Record<string, string | number>;
  text?: string;
}

const PROGRESS_DELAY_MS = 500;

/**
 * The workbench's state and actions: the open document, progress, notices. Edits go to the service one
 * after another (a queue keeps fast typing in order); each returns what changed and the screen follows.
 */
export function useWorkbench() {
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const docRef = useRef<OpenDocument | null>(null);
  docRef.current = doc;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const report = useCallback((error: unknown) => {
    if (error instanceof ApiProblems) setNotice({ kind: 'error', problems: error.problems });
    else setNotice({ kind: 'error', text: String(error) });
  }, []);

  /** Runs a long task with a progress overlay once it has taken more than half a second. */
  const withProgress = useCallback(
    async <T>(label: string, task: () => Promise<T>): Promise<T | undefined> => {
      const timer = setTimeout(() => setBusy(label), PROGRESS_DELAY_MS);
      try {
        return await task();
      } catch (error) {
        report(error);
        return undefined;
      } finally {
        clearTimeout(timer);
        setBusy(null);
      }
    },
    [report],
  );

  const enqueue = useCallback(
    (task: (current: OpenDocument) => Promise<EditResult | null>, after?: (result: EditResult) => void) => {
      queue.current = queue.current.then(async () => {
        const current = docRef.current;
        if (!current) return;
        try {
          const result = await task(current);
          if (!result) return;
          if (result.reloaded) {
            const view = await call('documents.view', { documentId: current.view.documentId });
            setDoc(openDocumentFrom(view));
          } else {
            setDoc((d) => (d ? applyEditResult(d, result) : d));
          }
          after?.(result);
        } catch (error) {
          report(error);
        }
      });
      return queue.current;
    },
    [report],
  );

  const showView = useCallback((view: Parameters<typeof openDocumentFrom>[0]) => {
    setDoc(openDocumentFrom(view));
    setNotice(null);
  }, []);

  const open = useCallback(
    (path: string) => withProgress('open', async () => showView(await call('app.openPath', { path }))),
    [showView, withProgress],
  );

  useEffect(() => {
    void withProgress('open', async () => {
      const start = await call('app.startup', {});
      if (start.path) showView(await call('app.openPath', { path: start.path }));
    });
  }, [showView, withProgress]);

  return {
    doc,
    busy,
    notice,
    setNotice,
    open,
    withProgress,
    showView,
    edit: (itemId: string, field: RecordField, text: string | null) =>
      enqueue((d) => call('records.set', { documentId: d.view.documentId, itemId, field, value: text })),
    paste: (edits: PasteEdit[]) =>
      enqueue(
        (d) =>
          call('records.paste', {
            documentId: d.view.documentId,
            edits: edits.map((e, i) => ({ itemId: e.itemId, field: e.field, value: e.text, row: i + 1 })),
          }),
        (result) =>
          setNotice({
            kind: 'info',
            messageKey: 'ui.pasted',
            params: { count: edits.length, changed: result.changed.length },
          }),
      ),
    undo: () =>
      enqueue((d) =>
        d.canUndo ? call('history.undo', { documentId: d.view.documentId, steps: 1 }) : Promise.resolve(null),
      ),
    redo: () =>
      enqueue((d) =>
        d.canRedo ? call('history.redo', { documentId: d.view.documentId, steps: 1 }) : Promise.resolve(null),
      ),
    /** Merges a pokja's file; the document changes as one undoable action (or not at all). */
    merge: (run: () => Promise<{ pokja: string; changed: number; result: EditResult | null }>) => {
      let merged: { pokja: string; changed: number } | null = null;
      return enqueue(
        async () => {
          const outcome = await run();
          merged = outcome;
          return outcome.result;
        },
        () =>
          merged &&
          setNotice({
            kind: 'info',
            messageKey: 'ui.merged',
            params: { pokja: merged.pokja, count: merged.changed },
          }),
      ).then(() => {
        if (merged && merged.changed === 0)
          setNotice({ kind: 'info', messageKey: 'ui.mergedNothing', params: { pokja: merged.pokja } });
      });
    },
    restoreSnapshot: (snapshotId: number) =>
      enqueue((d) => call('snapshots.restore', { documentId: d.view.documentId, snapshotId })),
  };
}

export type Workbench = ReturnType<typeof useWorkbench>;
