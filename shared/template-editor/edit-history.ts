import type { Template } from '../template/template-schema';

/**
 * The editor's undo: every change keeps the template before it. Typing in one field is one change
 * (consecutive changes with the same `key` replace each other), so that Ctrl+Z takes back a whole title
 * or weight, not a letter.
 */
export interface EditHistory {
  present: Template;
  past: Template[];
  future: Template[];
  /** The key of the last change, while the same field is being typed in. */
  typing: string | null;
}

const LIMIT = 500;

export const startHistory = (template: Template): EditHistory => ({
  present: template,
  past: [],
  future: [],
  typing: null,
});

/** The history after a change; a change that changed nothing is not one. */
export function record(history: EditHistory, next: Template, key: string | null = null): EditHistory {
  if (next === history.present) return history;
  if (key !== null && key === history.typing) return { ...history, present: next, future: [] };
  return {
    present: next,
    past: [...history.past, history.present].slice(-LIMIT),
    future: [],
    typing: key,
  };
}

export function undo(history: EditHistory): EditHistory {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return {
    present: previous,
    past: history.past.slice(0, -1),
    future: [history.present, ...history.future],
    typing: null,
  };
}

export function redo(history: EditHistory): EditHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { present: next, past: [...history.past, history.present], future: rest, typing: null };
}

/** Ends the typing of one field: the next keystroke there is a new change. */
export const endTyping = (history: EditHistory): EditHistory =>
  history.typing === null ? history : { ...history, typing: null };
