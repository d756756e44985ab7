import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { PickKind } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import type { RecentDocument } from '../../service/api/window';
import { callService, closeAllDocuments, resolveAuthor, windowFileAccess } from '../../service/api/window';
import type { IpcCaller } from '../../electron/ipc';
import { ipcHandlers } from '../../electron/ipc';
import { attacks, expectRefused, OUTSIDE, pathOf, writtenOutside } from './attacks';

// The desktop app's main process, its handler table driven as ipcMain would drive it, without Electron.
const folder = mkdtempSync(join(tmpdir(), 'rbw-ipc-'));
const page = join(folder, 'app', 'renderer', 'index.html');
const own: IpcCaller = { senderFrame: { url: `${pathToFileURL(page).href}#/` } };

function mainProcess(picked: string | null = null) {
  const menus: RecentDocument[][] = [];
  const files = windowFileAccess();
  const main = ipcHandlers({
    pageUrl: pathToFileURL(page).href,
    call: callService,
    author: resolveAuthor('Uji IPC'),
    files,
    pickPath: async (_kind: PickKind) => picked,
    refreshMenu: (recent) => menus.push(recent),
  });
  const call = async (name: string, input: unknown, caller: IpcCaller = own) =>
    (await main.handlers['rbw:call'](caller, name, input)) as Envelope;
  const value = async <T>(name: string, input: unknown): Promise<T> => {
    const envelope = await call(name, input);
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.problems));
    return envelope.value as T;
  };
  return { main, menus, files, call, value };
}

let dataDir = '';
beforeEach(() => {
  dataDir = mkdtempSync(join(folder, 'data-'));
  process.env.RBW_DATA_DIR = dataDir;
});
afterAll(() => closeAllDocuments());

describe("the desktop app's IPC handler table", () => {
  it('refreshes the File menu’s Recent list when a document is opened, made or imported', async () => {
    const app = mainProcess();
    const made = await app.value<{ path: string; documentId: string }>('app.newDocument', {
      templateId: 'zi-2021',
    });
    expect(app.menus.at(-1)?.map((r) => r.path)).toEqual([made.path]);
    // Looking at a document already open is no reason to rebuild the menu.
    await app.value('documents.view', { documentId: made.documentId });
    expect(app.menus).toHaveLength(1);
    await app.value('app.openPath', { path: made.path });
    expect(app.menus).toHaveLength(2);
    app.main.dispose();
  });

  it('serves only the app’s own page', async () => {
    const app = mainProcess();
    for (const url of [
      pathToFileURL(join(folder, 'evil.html')).href,
      'https://evil.example/index.html',
      'file://server/share/index.html',
    ]) {
      const envelope = await app.call('templates.list', {}, { senderFrame: { url } });
      expect(envelope, url).toEqual({ ok: false, problems: [{ code: 'api.forbidden' }] });
    }
    expect(await app.call('templates.list', {}, {})).toMatchObject({ ok: false });
    expect(await app.main.handlers['rbw:pick-path']({ senderFrame: null }, 'open')).toBeNull();
    expect(await app.call('templates.list', {})).toMatchObject({ ok: true });
    app.main.dispose();
  });

  it('refuses every path outside what the user gave, before looking at it', async () => {
    const app = mainProcess();
    const doc = await app.value<{ documentId: string }>('app.newDocument', { templateId: 'zi-2021' });
    for (const [name, input] of attacks(doc.documentId)) {
      expectRefused(await app.call(name, input), pathOf(input));
    }
    expect(writtenOutside()).toEqual([]);
    // A file that exists and one that does not get the same answer: nothing is revealed.
    const shadow = await app.call('app.openPath', { path: OUTSIDE.secret });
    const missing = await app.call('app.openPath', { path: OUTSIDE.missing });
    expect(JSON.stringify(shadow).replace(OUTSIDE.secret, 'X')).toBe(
      JSON.stringify(missing).replace(OUTSIDE.missing, 'X'),
    );
    app.main.dispose();
  });

  it('does not follow a link inside the data folder that leads outside', async () => {
    const app = mainProcess();
    symlinkSync('/etc', join(dataDir, 'etc'));
    expectRefused(
      await app.call('app.openPath', { path: join(dataDir, 'etc', 'shadow.rbw') }),
      join(dataDir, 'etc', 'shadow.rbw'),
    );
    expectRefused(
      await app.call('documents.create', {
        path: join(dataDir, 'etc', 'rbw-probe.rbw'),
        templateId: 'zi-2021',
      }),
      join(dataDir, 'etc', 'rbw-probe.rbw'),
    );
    expect(writtenOutside()).toEqual([]);
    app.main.dispose();
  });

  it('lets the window use a file the user picked in a native dialog, and only that one', async () => {
    const chosenFolder = mkdtempSync(join(folder, 'chosen-'));
    mkdirSync(chosenFolder, { recursive: true });
    const chosen = join(chosenFolder, 'lke-2026.rbw');
    const app = mainProcess(chosen);
    expect(await app.main.handlers['rbw:pick-path'](own, 'new')).toBe(chosen);
    const made = await app.value<{ path: string }>('documents.create', {
      path: chosen,
      templateId: 'zi-2026',
    });
    expect(made.path).toBe(chosen);
    // Its neighbour was not picked.
    const neighbour = join(chosenFolder, 'lain.rbw');
    expectRefused(await app.call('documents.create', { path: neighbour, templateId: 'zi-2026' }), neighbour);
    expect(await app.main.handlers['rbw:pick-path'](own, 'format-disk')).toBeNull();
    app.main.dispose();
  });
});
