import type { PickKind } from '../shared/api/bridge';
import { PICK_KINDS } from '../shared/api/bridge';
import type { Envelope } from '../shared/api/envelope';
import type { CallContext, FileGrants, RecentDocument } from '../service/api/window';
import { onRecentChange } from '../service/api/window';
import { isOwnPage } from './security';

/** What an IPC handler learns of its caller (Electron's IpcMainInvokeEvent, as far as it is read here). */
export interface IpcCaller {
  senderFrame?: { url: string } | null;
}

export type IpcHandler = (event: IpcCaller, ...args: unknown[]) => Promise<unknown>;

/** What the main process wires in: the service, the native dialogs, the menu. */
export interface MainProcess {
  /** The page the window loaded (file:///…/renderer/index.html): the only caller served. */
  pageUrl: string;
  call: (name: string, input: unknown, context: CallContext) => Promise<Envelope>;
  author: string;
  /** The files the window may use; a path the user picks in a dialog is added to them. */
  files: FileGrants;
  pickPath: (kind: PickKind) => Promise<string | null>;
  /** Rebuilds the application menu (its Recent submenu) with the new list. */
  refreshMenu: (recent: RecentDocument[]) => void;
}

const refused: Envelope = { ok: false, problems: [{ code: 'api.forbidden' }] };

/**
 * The main process's IPC handlers by channel (electron/main.ts registers each with ipcMain.handle): the
 * service for the app's own page only, with the files the user gave it, and native file dialogs whose
 * answer the window may then use. The File menu's Recent list follows every document remembered.
 */
export function ipcHandlers(main: MainProcess): {
  handlers: Record<'rbw:call' | 'rbw:pick-path', IpcHandler>;
  dispose: () => void;
} {
  const own = (event: IpcCaller) => isOwnPage(event.senderFrame?.url, main.pageUrl);
  const dispose = onRecentChange((recent) => main.refreshMenu(recent));
  return {
    dispose,
    handlers: {
      'rbw:call': async (event, name, input) => {
        if (!own(event) || typeof name !== 'string') return refused;
        return main.call(name, input, { author: main.author, files: main.files });
      },
      'rbw:pick-path': async (event, kind) => {
        if (!own(event) || !PICK_KINDS.includes(kind as PickKind)) return null;
        const path = await main.pickPath(kind as PickKind);
        if (path) main.files.grantFile(path);
        return path;
      },
    },
  };
}
