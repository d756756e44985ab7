import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { RecordEvidence, RecordField } from '../../shared/records/answer-record';
import type { Problem } from '../../shared/problem';
import type { MergeOutcome } from '../../shared/api/merge-operations';
import type { ReplicaSyncOutcome } from '../../shared/api/replica-operations';
import { ApiProblems, call, windowId } from '../api/client';
import { followDocument } from '../api/document-events';
import { startupView } from '../api/startup-view';
import { serverSession } from '../api/server-session';
import type { OperationInput } from '../../shared/api/contract';
import type { StaleEdit } from '../server/stale-edit';
import { staleEditOf } from '../server/stale-edit';
import type { PasteEdit } from '../grid/plan-paste';
import { createDocumentStore } from './document-store';
import type { DocumentView, EditResult, ShownDocument } from './workbench-state';
import { applyEditResult, applyGains, resultApplies, shownDocument } from './workbench-state';

/** A message above the grid: problems from the service, or a UI message key with its parameters. */
export interface Notice {
  kind: 'error' | 'info';
  problems?: Problem[];
  messageKey?: string;
  params?: Record<string, string | number>;
  text?: string;
}

const PROGRESS_DELAY_MS = 500;
/** Places to gain points are ranked again once no edit has come for this long (ranking costs the service). */
const GAINS_AFTER_MS = 400;

/**
 * The workbench's state and actions: the open document, progress, notices. Edits go to the service one
 * after another (a queue keeps fast typing in order); each returns what changed and the screen follows.
 */
export function useWorkbench() {
  // The document lives in a store: an edit redraws what reads what it changed, not the whole window.
  const [store] = useState(createDocumentStore);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  /** The welcome screen is shown (at start without a document, or from the header's "Beranda"). */
  const [home, setHome] = useState(false);
  /** The item an undo or redo changed: the screen moves to it. `seq` repeats a move to the same item. */
  const [jump, setJump] = useState<{ id: string; seq: number } | null>(null);
  const setDoc = store.set;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const gainsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** An edit another user's change overtook (on an organisation's server): shown as a merge conflict. */
  const [stale, setStale] = useState<StaleEdit | null>(null);

  const report = useCallback((error: unknown) => {
    const overtaken = error instanceof ApiProblems ? error.problems.map(staleEditOf).find(Boolean) : null;
    if (overtaken) setStale(overtaken);
    else if (error instanceof ApiProblems) setNotice({ kind: 'error', problems: error.problems });
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

  /** Ranks "where to gain points" again once the edits have settled (one call, after the last). */
  const refreshGains = useCallback(async () => {
    const current = store.live();
    if (!current || pending.current > 0 || current.gainsRevision === current.revision) return;
    const ranked = await call('scores.gains', { documentId: current.view.documentId });
    const now = store.live();
    if (now?.view.documentId === current.view.documentId) setDoc(applyGains(now, ranked));
  }, [store, setDoc]);

  /**
   * Runs edits one after another (fast typing stays in order). Each result carries the service's scores,
   * applied as they are; when another window or program changed the document meanwhile, the whole view
   * is fetched again instead.
   */
  const enqueue = useCallback(
    (
      task: (current: ShownDocument) => Promise<EditResult | null>,
      after?: (result: EditResult) => void,
      /** Another window's change: it leaves this window's messages as they are. */
      quiet = false,
    ) => {
      pending.current++;
      clearTimeout(gainsTimer.current);
      const run = async () => {
        try {
          const current = store.live();
          if (!current) return;
          const result = await task(current);
          if (!result) return;
          const shown = store.live();
          if (!shown || shown.view.documentId !== current.view.documentId) return;
          if (resultApplies(shown, result)) setDoc(applyEditResult(shown, result));
          else setDoc(shownDocument(await call('documents.view', { documentId: current.view.documentId })));
          // The action went through: an error shown for an earlier one no longer holds.
          if (!quiet) setNotice((before) => (before?.kind === 'error' ? null : before));
          after?.(result);
        } catch (error) {
          report(error);
        } finally {
          pending.current--;
        }
        if (pending.current === 0) {
          clearTimeout(gainsTimer.current);
          gainsTimer.current = setTimeout(() => void refreshGains().catch(report), GAINS_AFTER_MS);
        }
      };
      // Nothing waiting: the call leaves at once, before the grid has finished moving to the next row.
      queue.current = pending.current === 1 ? run() : queue.current.then(run);
      return queue.current;
    },
    [report, refreshGains, setDoc],
  );

  const showView = useCallback(
    (view: DocumentView) => {
      setDoc(shownDocument(view));
      setHome(false);
      setNotice(null);
      // "Where to gain points" are ranked once the document is on screen.
      clearTimeout(gainsTimer.current);
      gainsTimer.current = setTimeout(() => void refreshGains().catch(report), GAINS_AFTER_MS);
    },
    [setDoc, refreshGains, report],
  );

  const open = useCallback(
    (path: string) => withProgress('open', async () => showView(await call('app.openPath', { path }))),
    [showView, withProgress],
  );

  useEffect(() => {
    void withProgress('open', async () => {
      // On an organisation's server the window starts at the list of its documents.
      if (serverSession()) return setHome(true);
      // Nothing given at start and no recent document: a new user, who starts at the welcome screen.
      const view = await startupView();
      if (view) showView(view);
      else setHome(true);
    });
  }, [showView, withProgress]);

  // Every window on the document shows its current state: the changes other windows make are applied as
  // the service sends them (records, scores, revision), in turn with this window's own edits.
  const documentId = useSyncExternalStore(store.subscribeLive, () => store.live()?.view.documentId);
  useEffect(() => {
    if (!documentId) return;
    return followDocument(
      documentId,
      (change) =>
        void enqueue(
          async (d) =>
            change.window === windowId() ||
            change.documentId !== d.view.documentId ||
            change.revision <= d.revision
              ? null
              : { ...change, canUndo: d.canUndo, canRedo: d.canRedo, steps: 0 },
          undefined,
          true,
        ),
      // Changes may have been missed while the stream was broken: the whole view again.
      () =>
        void enqueue(
          async (d) => {
            const view = await call('documents.view', { documentId: d.view.documentId });
            if (store.live()?.view.documentId === view.documentId && view.revision !== d.revision)
              setDoc(shownDocument(view));
            return null;
          },
          undefined,
          true,
        ),
    );
  }, [documentId, enqueue, setDoc]);

  /** Says what an undo or redo changed and moves to it; what it left for another window's sake, too. */
  const told = useCallback((messageKey: string, result: EditResult) => {
    if (result.notices?.length) return setNotice({ kind: 'error', problems: result.notices });
    const ids = result.changed.map((c) => c.itemId);
    const first = ids[0];
    if (!first) return setNotice({ kind: 'info', messageKey: `${messageKey}Nothing` });
    setNotice({
      kind: 'info',
      messageKey: ids.length > 1 ? `${messageKey}Many` : messageKey,
      // The message names the question by number; the notice adds its title.
      params: { first, more: ids.length - 1 },
    });
    setJump((before) => ({ id: first, seq: (before?.seq ?? 0) + 1 }));
  }, []);

  // Stable from render to render, so that the parts of the screen that receive them redraw only when
  // what they show changed.
  const actions = useMemo(
    () => ({
      setNotice,
      setHome,
      open,
      withProgress,
      showView,
      /** Opens a document of the organisation's server. */
      openOnServer: (documentId: string) =>
        withProgress('open', async () => showView(await call('documents.view', { documentId }))),
      // Each edit says what its sender saw of the field: another user's change since is a conflict.
      edit: (itemId: string, field: RecordField, text: string | null) =>
        enqueue(
          (d) =>
            call('records.set', {
              documentId: d.view.documentId,
              itemId,
              field,
              value: text,
              base: baseOf(d, itemId, field),
            }),
          // What the service says of the edit (a count above its whole, a link kept as text).
          (result) => result.notices?.length && setNotice({ kind: 'info', problems: result.notices }),
        ),
      /** Many edits as one action (one undo step); `said` replaces the message a paste gives. */
      paste: (edits: PasteEdit[], said?: Pick<Notice, 'messageKey' | 'params'>) =>
        // Nothing to change (a copy pasted back onto itself, only computed cells): said, nothing sent.
        edits.length === 0
          ? Promise.resolve(setNotice({ kind: 'info', ...(said ?? { messageKey: 'ui.pasteUnchanged' }) }))
          : enqueue(
              (d) =>
                call('records.paste', {
                  documentId: d.view.documentId,
                  edits: edits.map((e) => ({ itemId: e.itemId, field: e.field, value: e.text, row: e.line })),
                }),
              (result) =>
                setNotice({
                  kind: 'info',
                  ...(said ?? {
                    messageKey: 'ui.pasted',
                    params: { count: edits.length, changed: result.changed.length },
                  }),
                }),
            ),
      /** The evidence list of an item as one undoable edit. */
      setEvidence: (itemId: string, evidence: RecordEvidence[]) =>
        enqueue((d) =>
          call('records.set', {
            documentId: d.view.documentId,
            itemId,
            field: 'evidence',
            value: evidence,
            base: baseOf(d, itemId, 'evidence'),
          }),
        ),
      /** Settles an overtaken edit: the document's value kept, or the sender's written over it. */
      settleStale: (takeMine: boolean) => {
        const overtaken = stale;
        setStale(null);
        if (!overtaken) return Promise.resolve();
        // Kept: the document's value is shown (this window may not have seen it yet).
        if (!takeMine)
          return enqueue(
            async (d) => {
              const view = await call('documents.view', { documentId: d.view.documentId });
              if (store.live()?.view.documentId === view.documentId) setDoc(shownDocument(view));
              return null;
            },
            undefined,
            true,
          );
        return enqueue((d) =>
          call('records.set', {
            documentId: d.view.documentId,
            itemId: overtaken.itemId,
            field: overtaken.field,
            value: overtaken.theirs as RawValue,
            base: overtaken.ours as RawValue,
          }),
        );
      },
      /** Stores a file in the document as evidence of an item; answers the item's evidence after it. */
      attach: async (
        itemId: string,
        file: { fileName: string; mediaType: string; contentBase64: string },
      ): Promise<RecordEvidence[] | null> => {
        let after: RecordEvidence[] | null = null;
        await enqueue(
          (d) => call('attachments.add', { documentId: d.view.documentId, itemId, ...file }),
          (result) => {
            after = result.changed.find((c) => c.itemId === itemId)?.record.evidence ?? null;
          },
        );
        return after;
      },
      undo: () =>
        enqueue(
          (d) =>
            d.canUndo
              ? call('history.undo', { documentId: d.view.documentId, steps: 1 })
              : Promise.resolve(null),
          (result) => told('ui.undone', result),
        ),
      redo: () =>
        enqueue(
          (d) =>
            d.canRedo
              ? call('history.redo', { documentId: d.view.documentId, steps: 1 })
              : Promise.resolve(null),
          (result) => told('ui.redone', result),
        ),
      /**
       * Merges a pokja's file or another copy of the document after its preview; the document changes as
       * one undoable action, or not at all (nothing to take, or conflicts new since the preview).
       */
      merge: (run: () => Promise<MergeOutcome>) => {
        let merged: MergeOutcome | null = null;
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
              params: { pokja: merged.pokja ?? merged.fileName, count: merged.changes.length },
            }),
        ).then(() => {
          const outcome = merged as MergeOutcome | null;
          if (outcome && outcome.unresolved > 0)
            setNotice({ kind: 'error', messageKey: 'ui.merge.stale', params: { count: outcome.unresolved } });
          else if (outcome && !outcome.applied)
            setNotice({
              kind: 'info',
              messageKey: 'ui.mergedNothing',
              params: { pokja: outcome.pokja ?? outcome.fileName },
            });
        });
      },
      /** Syncs a replica with its server (issue 25); the document follows what the sync wrote. */
      syncReplica: async (run: () => Promise<ReplicaSyncOutcome>): Promise<ReplicaSyncOutcome | null> => {
        let synced: ReplicaSyncOutcome | null = null;
        await enqueue(async () => {
          synced = await run();
          return synced.result;
        });
        const outcome = synced as ReplicaSyncOutcome | null;
        if (outcome?.status === 'done')
          setNotice({
            kind: outcome.refused.length ? 'error' : 'info',
            messageKey: outcome.refused.length ? 'ui.replica.refused' : 'ui.replica.done',
            params: {
              sent: outcome.sent,
              pulled: outcome.pulled,
              count: outcome.refused.length,
              reason: outcome.refused.map((r) => `${r.itemId} ${r.field}: ${r.reason}`).join('; '),
            },
          });
        return outcome;
      },
      restoreSnapshot: (snapshotId: number) =>
        enqueue((d) => call('snapshots.restore', { documentId: d.view.documentId, snapshotId })),
    }),
    [enqueue, open, showView, withProgress, told, stale, setDoc],
  );

  return { store, busy, notice, jump, home, stale, ...actions };
}

export type Workbench = ReturnType<typeof useWorkbench>;

type RawValue = OperationInput<'records.set'>['value'];

/** The stored value of a field as this window shows it: the base an edit of it is sent with. */
const baseOf = (d: ShownDocument, itemId: string, field: RecordField): RawValue =>
  (d.records.get(itemId)?.[field] ?? null) as RawValue;
