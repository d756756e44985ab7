import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/menu';
import { createTranslator } from '../../shared/i18n/translator';
import type { MenuAction } from '../../shared/api/bridge';

/** The items of a menu template, submenus included, as the user reads them. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the desktop app’s menu', () => {
  it('opens Beranda from Berkas, and each document of the recent list', () => {
    const run = vi.fn<(action: MenuAction) => void>();
    const recent = [{ path: '/data/lke-2026.rbw', openedAt: '2026-11-30T08:00:00Z' }];
    const template = menuTemplate(createTranslator('id'), recent, run);
    expect(template[0]?.label).toBe('Berkas');
    const all = items(template);
    const click = (label: string) =>
      (all.find((i) => i.label === label)?.click as unknown as (() => void) | undefined)?.();
    click('Beranda');
    click('/data/lke-2026.rbw');
    click('Urungkan');
    expect(run.mock.calls.map(([action]) => action)).toEqual([
      { kind: 'home' },
      { kind: 'open-path', path: '/data/lke-2026.rbw' },
      { kind: 'undo' },
    ]);
  });
});
