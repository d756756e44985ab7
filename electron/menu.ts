import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../shared/i18n/translator';
import type { MenuAction } from '../shared/api/bridge';
import type { RecentDocument } from '../service/api/window';

/** The application menu in the chosen language (Berkas, Edit, Tampilan). */
export function menuTemplate(
  t: Translate,
  recent: RecentDocument[],
  run: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  return [
    {
      label: t('menu.file'),
      submenu: [
        // The welcome screen: new, from last year, open, import, the recent documents with their totals.
        { label: t('menu.home'), click: () => run({ kind: 'home' }) },
        { type: 'separator' },
        {
          label: t('menu.newFromTemplate'),
          accelerator: 'CmdOrCtrl+N',
          click: () => run({ kind: 'new-from-template' }),
        },
        { label: t('menu.newFromLastYear'), click: () => run({ kind: 'new-from-last-year' }) },
        { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: () => run({ kind: 'open' }) },
        {
          label: t('menu.importExcel'),
          accelerator: 'CmdOrCtrl+I',
          click: () => run({ kind: 'import-excel' }),
        },
        {
          label: t('menu.exportExcel'),
          accelerator: 'CmdOrCtrl+E',
          click: () => run({ kind: 'export-excel' }),
        },
        {
          label: t('menu.recent'),
          enabled: recent.length > 0,
          submenu: recent.map((r) => ({
            label: r.path,
            click: () => run({ kind: 'open-path', path: r.path }),
          })),
        },
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        // Undo/redo act on the document's history in the service, not on the focused text field.
        { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: () => run({ kind: 'undo' }) },
        { label: t('menu.redo'), accelerator: 'CmdOrCtrl+Y', click: () => run({ kind: 'redo' }) },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('menu.language'),
          submenu: [
            { label: 'Bahasa Indonesia', click: () => run({ kind: 'language', language: 'id' }) },
            { label: 'English', click: () => run({ kind: 'language', language: 'en' }) },
          ],
        },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullscreen') },
      ],
    },
  ];
}
