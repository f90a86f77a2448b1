/**
 * The native menu as data: File, Edit, View, Window, Help (plus the app menu on macOS).
 * Page commands go to the renderer through `send`; editing and window items use roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand, Language } from '../shared/host/hostApi';
import { APP_PAGES } from '../shared/host/hostApi';
import type { MenuLabels } from './menuLabels';
import { MENU_LABELS } from './menuLabels';

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Developer tools are offered only in unpackaged (development) runs. */
  isPackaged: boolean;
  send: (command: HostCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** macOS menus have no mnemonics: drop `&` and a `(&X)` suffix from every label. */
function withoutMnemonics(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.map((item) => ({
    ...item,
    ...(item.label === undefined
      ? {}
      : { label: item.label.replace(/\(&\w\)/g, '').replace(/&/g, '') }),
    ...(Array.isArray(item.submenu) ? { submenu: withoutMnemonics(item.submenu) } : {}),
  }));
}

function appMenu(labels: MenuLabels, send: MenuOptions['send']): MenuItemConstructorOptions {
  return {
    role: 'appMenu',
    submenu: [
      { label: labels.about, click: () => send({ kind: 'about' }) },
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      separator,
      { role: 'quit', label: labels.quit },
    ],
  };
}

function fileMenu(labels: MenuLabels, { platform, send }: MenuOptions): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = [
    { label: labels.pullDatasets, click: () => send({ kind: 'navigate', page: 'datasets' }) },
    { label: labels.export, click: () => send({ kind: 'navigate', page: 'reports' }) },
    separator,
    { label: labels.lock, accelerator: 'CmdOrCtrl+L', click: () => send({ kind: 'lock' }) },
  ];
  // On macOS Quit lives in the app menu.
  if (platform !== 'darwin') items.push(separator, { role: 'quit', label: labels.quit });
  return { label: labels.file, submenu: items };
}

function editMenu(labels: MenuLabels): MenuItemConstructorOptions {
  return {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      separator,
      { role: 'selectAll', label: labels.selectAll },
    ],
  };
}

function viewMenu(
  labels: MenuLabels,
  { isPackaged, send }: MenuOptions,
): MenuItemConstructorOptions {
  // APP_PAGES is the page's navigation order, so CmdOrCtrl+N matches the page's own Alt+N.
  const pages: MenuItemConstructorOptions[] = APP_PAGES.map((page, index) => ({
    label: labels.pages[page],
    accelerator: `CmdOrCtrl+${index + 1}`,
    click: () => send({ kind: 'navigate', page }),
  }));
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [separator, { role: 'toggleDevTools', label: labels.toggleDevTools }];
  return {
    label: labels.view,
    submenu: [
      ...pages,
      separator,
      { label: labels.toggleTheme, click: () => send({ kind: 'toggle-theme' }) },
      separator,
      { role: 'reload', label: labels.reload },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { role: 'resetZoom', label: labels.resetZoom },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullscreen },
      ...developer,
    ],
  };
}

function windowMenu(labels: MenuLabels): MenuItemConstructorOptions {
  return {
    label: labels.window,
    submenu: [
      { role: 'minimize', label: labels.minimize },
      { role: 'zoom', label: labels.zoom },
      { role: 'close', label: labels.close },
    ],
  };
}

function helpMenu(labels: MenuLabels, { platform, send }: MenuOptions): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = [
    {
      label: labels.shortcuts,
      accelerator: 'CmdOrCtrl+/',
      click: () => send({ kind: 'show-shortcuts' }),
    },
  ];
  // On macOS About lives in the app menu.
  if (platform !== 'darwin')
    items.push(separator, { label: labels.about, click: () => send({ kind: 'about' }) });
  return { label: labels.help, role: 'help', submenu: items };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[options.language];
  const template = [
    ...(options.platform === 'darwin' ? [appMenu(labels, options.send)] : []),
    fileMenu(labels, options),
    editMenu(labels),
    viewMenu(labels, options),
    windowMenu(labels),
    helpMenu(labels, options),
  ];
  return options.platform === 'darwin' ? withoutMnemonics(template) : template;
}
