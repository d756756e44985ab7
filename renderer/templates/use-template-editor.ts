import { useCallback, useMemo, useState } from 'react';
import type { Template } from '../../shared/template/template-schema';
import type { EditHistory } from '../../shared/template-editor/edit-history';
import { endTyping, record, redo, startHistory, undo } from '../../shared/template-editor/edit-history';
import { editorProblems } from '../../shared/template-editor/weight-check';

/** A change to the template being edited; `key` makes consecutive keystrokes in one field one change. */
export type Change = (edit: (template: Template) => Template, key?: string | null) => void;

/** The template being edited with its undo history and what does not add up, checked on every change. */
export function useTemplateEditor(initial: Template) {
  const [history, setHistory] = useState<EditHistory>(() => startHistory(initial));
  /** The template as last saved (or as opened): the editor has unsaved work when it differs. */
  const [baseline, setBaseline] = useState<Template>(initial);
  const change: Change = useCallback(
    (edit, key = null) => setHistory((h) => record(h, edit(h.present), key)),
    [],
  );
  const template = history.present;
  const problems = useMemo(() => editorProblems(template), [template]);
  return {
    template,
    problems,
    change,
    dirty: template !== baseline,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo: useCallback(() => setHistory(undo), []),
    redo: useCallback(() => setHistory(redo), []),
    endTyping: useCallback(() => setHistory(endTyping), []),
    /** The version the service gave on save: not a change to undo. */
    setSavedVersion: useCallback((version: string) => {
      setHistory((h) => {
        const present = { ...h.present, version };
        setBaseline(present);
        return {
          ...h,
          present,
          past: h.past.map((t) => ({ ...t, version })),
          future: h.future.map((t) => ({ ...t, version })),
        };
      });
    }, []),
  };
}
