import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuAction, PickKind } from '../shared/api/bridge';
import { CONTENT_SECURITY_POLICY } from '../shared/api/content-security';
import type { Language } from '../shared/i18n/translator';
import { createTranslator } from '../shared/i18n/translator';
import type { RecentDocument } from '../service/api/window';
import {
  callFromWindow,
  closeAllDocuments,
  recentDocuments,
  resolveAuthor,
  windowFileAccess,
} from '../service/api/window';
import { ipcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { denyPermission, openLinkWhenConfirmed } from './security';

// The main process is a host: it wires the service to IPC, windows, menus and dialogs. All behaviour
// lives in service/, shared/ and the handler table (electron/ipc.ts), where tests reach it without
// Electron.

process.env.RBW_DATA_DIR ??= app.getPath('userData');
const author = resolveAuthor();
const files = windowFileAccess();
const DOCUMENT_FILE = /\.(rbw|xlsx|xls|ods)$/i;
const PAGE = join(__dirname, '..', 'renderer', 'index.html');
let language: Language = 'id';
let mainWindow: BrowserWindow | null = null;
let pendingPath: string | undefined = fileFromArgv(process.argv);

/** A document or workbook named on the command line (or double-clicked): the user's, so the window may open it. */
function fileFromArgv(argv: string[]): string | undefined {
  const path = argv.slice(1).find((arg) => DOCUMENT_FILE.test(arg) && !arg.startsWith('-'));
  if (path) files.grantFile(path);
  return path;
}

function send(action: MenuAction): void {
  mainWindow?.webContents.send('rbw:menu', action);
}

function refreshMenu(recent: RecentDocument[] = recentDocuments()): void {
  const t = createTranslator(language);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, recent, runMenuAction)));
}

function runMenuAction(action: MenuAction): void {
  if (action.kind === 'language') {
    language = action.language;
    refreshMenu();
  }
  send(action);
}

async function pickPath(kind: PickKind): Promise<string | null> {
  if (!mainWindow) return null;
  const t = createTranslator(language);
  if (kind === 'export' || kind === 'new' || kind === 'save-as') {
    const filters =
      kind === 'export'
        ? [{ name: 'Excel', extensions: ['xlsx'] }]
        : [{ name: 'RB Workbench', extensions: ['rbw'] }];
    const result = await dialog.showSaveDialog(mainWindow, {
      title: t(`menu.${kind === 'export' ? 'exportExcel' : 'newFromTemplate'}`),
      filters,
    });
    return result.canceled ? null : (result.filePath ?? null);
  }
  const filters =
    kind === 'import' || kind === 'merge'
      ? [{ name: 'Excel / ODS', extensions: kind === 'merge' ? ['xlsx', 'rbw'] : ['xlsx', 'xls', 'ods'] }]
      : [{ name: 'RB Workbench', extensions: ['rbw', 'xlsx', 'xls', 'ods'] }];
  const result = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'], filters });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** An evidence link from a document: the user sees where it leads and decides. */
async function confirmLink(link: string): Promise<boolean> {
  if (!mainWindow) return false;
  const t = createTranslator(language);
  const { response } = await dialog.showMessageBox(mainWindow, {
    type: 'question',
    buttons: [t('link.open'), t('link.cancel')],
    defaultId: 1,
    cancelId: 1,
    message: t('link.confirm'),
    detail: link,
  });
  return response === 0;
}

async function createWindow(): Promise<void> {
  mainWindow = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    title: 'RB Workbench',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  });
  // Links to evidence open in the user's browser after they confirm, never inside the app window.
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    void openLinkWhenConfirmed(url, { confirm: confirmLink, open: (link) => shell.openExternal(link) });
    return { action: 'deny' };
  });
  mainWindow.webContents.on('will-navigate', (event) => event.preventDefault());
  mainWindow.webContents.on('will-attach-webview', (event) => event.preventDefault());
  await mainWindow.loadFile(PAGE);
  if (pendingPath) send({ kind: 'open-path', path: pendingPath });
  pendingPath = undefined;
}

const ipc = ipcHandlers({
  pageUrl: pathToFileURL(PAGE).href,
  call: callFromWindow,
  author,
  files,
  pickPath,
  refreshMenu,
});
for (const [channel, handler] of Object.entries(ipc.handlers)) ipcMain.handle(channel, handler);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    const path = fileFromArgv(argv);
    if (path) send({ kind: 'open-path', path });
  });
  // macOS double-click on a document before or after launch.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    files.grantFile(path);
    if (mainWindow) send({ kind: 'open-path', path });
    else pendingPath = path;
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    ipc.dispose();
    closeAllDocuments();
  });
  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler(denyPermission);
    session.defaultSession.setPermissionCheckHandler(() => false);
    // Every response the window receives carries the policy too (the page also declares it).
    session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      }),
    );
    refreshMenu();
    await createWindow();
  });
}
