import type { Envelope } from './envelope';

/** Which native file dialog the window asks for: choose an existing file, or a new file's name. */
export type PickKind = 'open' | 'import' | 'merge' | 'new' | 'save-as' | 'export';
export const PICK_KINDS: readonly PickKind[] = ['open', 'import', 'merge', 'new', 'save-as', 'export'];

/** What a menu item asks the window to do; the renderer performs it through the API. */
export type MenuAction =
  | { kind: 'home' }
  | { kind: 'new-from-template' }
  | { kind: 'new-from-last-year' }
  | { kind: 'open' }
  | { kind: 'open-path'; path: string }
  | { kind: 'import-excel' }
  | { kind: 'export-excel' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'language'; language: 'id' | 'en' };

/**
 * The desktop app's bridge between the window and the main process (`window.rbw`): the preload script
 * implements it (`satisfies RbwBridge`) and every renderer module uses it through this one type. Absent
 * in browser mode, where calls go over HTTP and files travel as uploads and downloads.
 */
export interface RbwBridge {
  /** One API call (shared/api/contract.ts); the service validates the input. */
  call: (name: string, input: unknown) => Promise<Envelope>;
  /** A native file dialog; the path chosen (which the window may then use), or null when cancelled. */
  pickPath: (kind: PickKind) => Promise<string | null>;
  /** Listens to the application menu. */
  onMenu: (listener: (action: MenuAction) => void) => void;
}
