import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../shared/i18n/translator';
import { createTranslator } from '../shared/i18n/translator';
import { callService } from '../service/api/call';
import { recentDocuments } from '../service/app/recent-documents';
import type { MenuAction } from './menu';
import { menuTemplate } from './menu';

// The main process is a host: it wires the service to IPC, windows, menus and dialogs. All behaviour
// lives in service/ and shared/, where tests reach it without Electron.

process.env.RBW_DATA_DIR ??= app.getPath('userData');
const author = process.env.RBW_AUTHOR ?? userInfo().username;
const DOCUMENT_FILE = /\.(rbw|xlsx|xls|ods)$/i;
let language: Language = 'id';
let mainWindow: BrowserWindow | null = null;
let pendingPath: string | undefined = fileFromArgv(process.argv);

function fileFromArgv(argv: string[]): string | undefined {
  return argv.slice(1).find((arg) => DOCUMENT_FILE.test(arg) && !arg.startsWith('-'));
}

function send(action: MenuAction): void {
  mainWindow?.webContents.send('rbw:menu', action);
}

function refreshMenu(): void {
  const t = createTranslator(language);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, recentDocuments(), runMenuAction)));
}

function runMenuAction(action: MenuAction): void {
  if (action.kind === 'language') {
    language = action.language;
    refreshMenu();
  }
  send(action);
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
    },
  });
  // Links to evidence open in the user's browser, never inside the app window.
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  mainWindow.webContents.on('will-navigate', (event) => event.preventDefault());
  await mainWindow.loadFile(join(__dirname, '..', 'renderer', 'index.html'));
  if (pendingPath) send({ kind: 'open-path', path: pendingPath });
  pendingPath = undefined;
}

ipcMain.handle('rbw:call', async (event, name: unknown, input: unknown) => {
  // Only our own page (loaded from disk) may call the service.
  if (!event.senderFrame?.url.startsWith('file://') || typeof name !== 'string') {
    return { ok: false, problems: [{ code: 'api.invalidInput', params: { message: 'sender' } }] };
  }
  const result = await callService(name, input, { author });
  if (name.startsWith('document.')) refreshMenu();
  return result;
});

ipcMain.handle('rbw:pick-path', async (_event, kind: unknown) => {
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
    kind === 'import'
      ? [{ name: 'Excel / ODS', extensions: ['xlsx', 'xls', 'ods'] }]
      : [{ name: 'RB Workbench', extensions: ['rbw'] }];
  const result = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'], filters });
  return result.canceled ? null : (result.filePaths[0] ?? null);
});

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
    if (mainWindow) send({ kind: 'open-path', path });
    else pendingPath = path;
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    refreshMenu();
    await createWindow();
  });
}
