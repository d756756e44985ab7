import { useEffect, useRef, useState } from 'react';
import type { MenuAction } from '../../shared/api/bridge';
import { desktopBridge } from '../api/client';

export interface WindowKeys {
  /** A document is on screen (not the welcome screen): find, print, undo and redo act on it. */
  onDocument: boolean;
  find: () => void;
  print: () => void;
  shortcuts: () => void;
  undo: () => void;
  redo: () => void;
}

/**
 * The window's own keys, anywhere: Ctrl+F finds, Ctrl+P prints, F1 lists the keys; Ctrl+Z / Ctrl+Y (and
 * Ctrl+Shift+Z) outside a text field undo and redo on the document (the grid handles its own).
 */
export function useWindowKeys(keys: WindowKeys): void {
  // Added again after every render, so that it runs after the window's other key listeners (the grid's
  // range selection) and sees what they already handled (defaultPrevented).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { onDocument, find, print, shortcuts, undo, redo } = keys;
      const key = event.key.toLowerCase();
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && key === 'f' && onDocument) find();
      else if (ctrl && key === 'p' && onDocument) print();
      else if (event.key === 'F1') shortcuts();
      else if (!ctrl || event.defaultPrevented || !onDocument || inTextField(event.target)) return;
      else if (key === 'z' && !event.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}

const inTextField = (target: EventTarget | null): boolean =>
  (target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]') != null;

/** The desktop app's menu (registered once for the window's lifetime; the latest handler answers). */
export function useDesktopMenu(onAction: (action: MenuAction) => void): void {
  const latest = useRef(onAction);
  latest.current = onAction;
  useEffect(() => {
    desktopBridge()?.onMenu((action) => latest.current(action));
  }, []);
}

/** The printable report: drawn, printed (or saved as PDF by the browser's dialog), then taken away. */
export function usePrinting(): [boolean, () => void] {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);
  return [printing, () => setPrinting(true)];
}
