// The application menu (platform/app-menu.ts): a pure function, checked item by item in both
// languages and on each platform. tests/shell checks that the built app installs it.
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenu, MENU_ACCELERATORS, type AppMenuOptions } from '../../src-main/platform/app-menu';

type MenuItemConstructorOptions = ReturnType<typeof buildAppMenu>[number];

function menu(overrides: Partial<AppMenuOptions> = {}) {
  const actions = { lock: vi.fn(), backupNow: vi.fn(), hideScreen: vi.fn(), showVaultLocation: vi.fn() };
  const template = buildAppMenu({
    language: 'tr',
    platform: 'win32',
    production: true,
    version: '1.2.3',
    unlocked: true,
    actions,
    ...overrides,
  });
  return { template, actions };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const byId = (items: MenuItemConstructorOptions[], id: string) => flatten(items).find((item) => item.id === id);

/** Top-level menus with their items' labels (separators as '—'). */
function outline(items: MenuItemConstructorOptions[]) {
  return items.map((top) => [
    top.label,
    (top.submenu as MenuItemConstructorOptions[] | undefined)?.map((i) => (i.type === 'separator' ? '—' : i.label)),
  ]);
}

describe('application menu', () => {
  it('has File, Edit, View and Help in Turkish (the File menu is "Kasa": "dosya" means a case)', () => {
    expect(outline(menu().template)).toEqual([
      ['Kasa', ['Kilitle', 'Şimdi yedekle…', '—', 'Çıkış']],
      ['Düzen', ['Geri al', 'Yinele', '—', 'Kes', 'Kopyala', 'Yapıştır', 'Tümünü seç']],
      ['Görünüm', ['Ekranı gizle', '—', 'Yakınlaştır', 'Uzaklaştır', 'Gerçek boyut', '—', 'Tam ekran']],
      ['Yardım', ['Emanet hakkında', 'Sürüm 1.2.3', '—', 'Kasa nerede?']],
    ]);
  });

  it('has the same items in English', () => {
    expect(outline(menu({ language: 'en' }).template)).toEqual([
      ['File', ['Lock', 'Back Up Now…', '—', 'Quit']],
      ['Edit', ['Undo', 'Redo', '—', 'Cut', 'Copy', 'Paste', 'Select All']],
      ['View', ['Hide Screen', '—', 'Zoom In', 'Zoom Out', 'Actual Size', '—', 'Full Screen']],
      ['Help', ['About Emanet', 'Version 1.2.3', '—', 'Where Is My Vault?']],
    ]);
  });

  it('uses Electron roles for the standard items, which bring each platform its own shortcuts', () => {
    const roles = Object.fromEntries(flatten(menu().template).map((item) => [item.id, item.role]));
    expect(roles).toMatchObject({
      undo: 'undo',
      redo: 'redo',
      cut: 'cut',
      copy: 'copy',
      paste: 'paste',
      'select-all': 'selectAll',
      'zoom-in': 'zoomIn',
      'zoom-out': 'zoomOut',
      'reset-zoom': 'resetZoom',
      'full-screen': 'togglefullscreen',
      quit: 'quit',
      about: 'about',
    });
  });

  it('gives our own items CmdOrCtrl accelerators (Cmd on macOS, Ctrl elsewhere); Ctrl/Cmd+L locks', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const { template } = menu({ platform });
      expect(byId(template, 'lock')?.accelerator).toBe('CmdOrCtrl+L');
      expect(byId(template, 'backup-now')?.accelerator).toBe(MENU_ACCELERATORS.backupNow);
      expect(byId(template, 'hide-screen')?.accelerator).toBe(MENU_ACCELERATORS.hideScreen);
      expect(byId(template, 'quit')?.accelerator).toBe('CmdOrCtrl+Q');
      // No two items share a shortcut.
      const accelerators = flatten(template).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('on macOS puts About and Quit in the app menu and adds the Window menu', () => {
    const { template } = menu({ platform: 'darwin', language: 'en' });
    expect(template.map((item) => item.label)).toEqual(['Emanet', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(outline(template)[0]).toEqual([
      'Emanet',
      ['About Emanet', '—', 'Hide Emanet', 'Hide Others', 'Show All', '—', 'Quit'],
    ]);
    expect(outline(template)[1]).toEqual(['File', ['Lock', 'Back Up Now…']]);
    expect(byId(template, 'window')?.role).toBe('windowMenu');
  });

  it('has no DevTools or reload item in production, and has them in development', () => {
    const roles = (production: boolean) => flatten(menu({ production }).template).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('greys out Lock, Back up now and Hide screen while the vault is locked', () => {
    const { template } = menu({ unlocked: false });
    for (const id of ['lock', 'backup-now', 'hide-screen']) expect(byId(template, id)?.enabled, id).toBe(false);
    expect(byId(template, 'vault-location')?.enabled).toBeUndefined();
  });

  it('calls the matching action on click', () => {
    const { template, actions } = menu();
    const click = (id: string) => (byId(template, id)?.click as () => void)();
    click('lock');
    click('backup-now');
    click('hide-screen');
    click('vault-location');
    expect(actions.lock).toHaveBeenCalledOnce();
    expect(actions.backupNow).toHaveBeenCalledOnce();
    expect(actions.hideScreen).toHaveBeenCalledOnce();
    expect(actions.showVaultLocation).toHaveBeenCalledOnce();
  });
});
