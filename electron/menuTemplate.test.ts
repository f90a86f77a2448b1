import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_PAGES } from '../shared/host/hostApi';
import type { HostCommand } from '../shared/host/hostApi';
import { MENU_LABELS } from './menuLabels';
import { buildMenuTemplate } from './menuTemplate';
import type { MenuOptions } from './menuTemplate';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: HostCommand[] = [];
  const template = buildMenuTemplate({
    language: 'en',
    platform: 'linux',
    isPackaged: true,
    send: (command) => sent.push(command),
    ...overrides,
  });
  return { template, items: flatten(template), sent };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click as (() => void) | undefined;
  if (!handler) throw new Error(`no click handler on ${item?.label}`);
  handler();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help, labelled in the chosen language', () => {
    expect(build().template.map((menu) => menu.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    expect(build({ language: 'zh-CN' }).template.map((menu) => menu.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '视图(&V)',
      '窗口(&W)',
      '帮助(&H)',
    ]);
  });

  it('labels every item, roles included, in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      for (const item of build({ language, isPackaged: false }).items)
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
    }
  });

  it('navigates to each page with CmdOrCtrl+1…8, in the order of APP_PAGES', () => {
    const { items, sent } = build();
    APP_PAGES.forEach((page, index) => {
      const item = items.find((candidate) => candidate.label === MENU_LABELS.en.pages[page]);
      expect(item?.accelerator).toBe(`CmdOrCtrl+${index + 1}`);
      click(item);
      expect(sent.at(-1)).toEqual({ kind: 'navigate', page });
    });
  });

  it('sends the File and Help commands', () => {
    const { items, sent } = build();
    const byLabel = (label: string) => items.find((item) => item.label === label);
    const lock = byLabel(MENU_LABELS.en.lock);
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    for (const label of [
      MENU_LABELS.en.pullDatasets,
      MENU_LABELS.en.lock,
      MENU_LABELS.en.toggleTheme,
      MENU_LABELS.en.shortcuts,
      MENU_LABELS.en.about,
    ])
      click(byLabel(label));
    expect(sent).toEqual([
      { kind: 'navigate', page: 'datasets' },
      { kind: 'lock' },
      { kind: 'toggle-theme' },
      { kind: 'show-shortcuts' },
      { kind: 'about' },
    ]);
  });

  it('uses roles for editing, zoom, full screen and window items', () => {
    const roles = build()
      .items.map((item) => item.role)
      .filter(Boolean);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'reload',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'minimize',
      'zoom',
      'close',
      'quit',
    ])
      expect(roles).toContain(role);
  });

  it('offers developer tools only when not packaged', () => {
    const has = (isPackaged: boolean) =>
      build({ isPackaged }).items.some((item) => item.role === 'toggleDevTools');
    expect(has(true)).toBe(false);
    expect(has(false)).toBe(true);
  });

  it('follows macOS conventions: an app menu with About and Quit, no mnemonics', () => {
    const { template } = build({ platform: 'darwin', language: 'zh-CN' });
    expect(template[0]?.role).toBe('appMenu');
    expect(template.map((menu) => menu.label).slice(1)).toEqual([
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ]);
    const file = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(file.some((item) => item.role === 'quit')).toBe(false);
    const send = vi.fn();
    const appMenu = buildMenuTemplate({
      language: 'en',
      platform: 'darwin',
      isPackaged: true,
      send,
    })[0];
    click((appMenu?.submenu as MenuItemConstructorOptions[])[0]);
    expect(send).toHaveBeenCalledWith({ kind: 'about' });
  });
});
