/**
 * The keyboard map, as data: what a key press does and what the shortcut sheet lists.
 * Key presses become the same HostCommands the native menu sends, so both take one path.
 */
import {
  APP_PAGES,
  type AppPage,
  type HostCommand,
  type HostKind,
} from '../../shared/host/hostApi';

/** The parts of a KeyboardEvent the shortcuts look at. */
export interface KeyChord {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Alt+1…Alt+8 open the pages in navigation order. */
export function pageShortcut(page: AppPage): string {
  return `Alt+${APP_PAGES.indexOf(page) + 1}`;
}

export function commandForKey(chord: KeyChord): HostCommand | null {
  const onlyAlt = chord.altKey && !chord.ctrlKey && !chord.metaKey && !chord.shiftKey;
  // Match the physical key: on macOS, Alt+1 types "¡", so `key` would not say "1".
  const digit = /^(?:Digit|Numpad)([1-8])$/.exec(chord.code)?.[1];
  if (onlyAlt && digit) {
    const page = APP_PAGES[Number(digit) - 1];
    if (page) return { kind: 'navigate', page };
  }
  if (chord.key === '?' && !chord.altKey && !chord.ctrlKey && !chord.metaKey) {
    return { kind: 'show-shortcuts' };
  }
  return null;
}

export type ShortcutAction =
  | { kind: 'go-to'; page: AppPage }
  | { kind: 'show-shortcuts' }
  | { kind: 'lock-workstation' }
  | { kind: 'close-dialog' };

export interface ShortcutRow {
  /** Alternative key combinations, each a list of keys pressed together. */
  keys: string[][];
  action: ShortcutAction;
}

export interface ShortcutGroup {
  id: 'navigation' | 'general';
  rows: ShortcutRow[];
}

/**
 * The desktop app's menu adds CmdOrCtrl+1…8, CmdOrCtrl+/ and CmdOrCtrl+L (as electron/menuTemplate.ts
 * declares them); a browser tab keeps those keys for itself, so there they are not listed.
 */
export function shortcutSheet(host: HostKind, platform: string): ShortcutGroup[] {
  const desktop = host === 'electron';
  const menu = (key: string) => [platform === 'darwin' ? '⌘' : 'Ctrl', key];
  const navigation = APP_PAGES.map((page, index): ShortcutRow => {
    const digit = String(index + 1);
    return {
      keys: desktop ? [['Alt', digit], menu(digit)] : [['Alt', digit]],
      action: { kind: 'go-to', page },
    };
  });
  const general: ShortcutRow[] = [
    { keys: desktop ? [['?'], menu('/')] : [['?']], action: { kind: 'show-shortcuts' } },
  ];
  if (desktop) general.push({ keys: [menu('L')], action: { kind: 'lock-workstation' } });
  general.push({ keys: [['Esc']], action: { kind: 'close-dialog' } });
  return [
    { id: 'navigation', rows: navigation },
    { id: 'general', rows: general },
  ];
}
