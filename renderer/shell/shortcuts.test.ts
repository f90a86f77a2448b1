import { describe, expect, it } from 'vitest';
import { commandForKey, pageShortcut, shortcutSheet, type KeyChord } from './shortcuts';

const chord = (over: Partial<KeyChord>): KeyChord => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...over,
});

describe('commandForKey', () => {
  it('maps Alt+1…Alt+8 to the pages in navigation order', () => {
    expect(commandForKey(chord({ altKey: true, code: 'Digit1', key: '1' }))).toEqual({
      kind: 'navigate',
      page: 'datasets',
    });
    expect(commandForKey(chord({ altKey: true, code: 'Digit2', key: '2' }))).toEqual({
      kind: 'navigate',
      page: 'overview',
    });
    expect(commandForKey(chord({ altKey: true, code: 'Numpad8', key: '8' }))).toEqual({
      kind: 'navigate',
      page: 'settings',
    });
  });

  it('matches the physical key when Alt changes the character (macOS)', () => {
    expect(commandForKey(chord({ altKey: true, code: 'Digit3', key: '£' }))).toEqual({
      kind: 'navigate',
      page: 'alerts',
    });
  });

  it('ignores Alt+9, Alt+0 and digits with other modifiers', () => {
    expect(commandForKey(chord({ altKey: true, code: 'Digit9', key: '9' }))).toBeNull();
    expect(commandForKey(chord({ altKey: true, code: 'Digit0', key: '0' }))).toBeNull();
    expect(commandForKey(chord({ altKey: true, ctrlKey: true, code: 'Digit1' }))).toBeNull();
    expect(commandForKey(chord({ ctrlKey: true, code: 'Digit1', key: '1' }))).toBeNull();
    expect(commandForKey(chord({ code: 'Digit1', key: '1' }))).toBeNull();
  });

  it('opens the shortcut sheet on ?, typed with or without Shift', () => {
    expect(commandForKey(chord({ key: '?', shiftKey: true, code: 'Slash' }))).toEqual({
      kind: 'show-shortcuts',
    });
    expect(commandForKey(chord({ key: '?', ctrlKey: true }))).toBeNull();
  });
});

describe('shortcut sheet', () => {
  it('lists every page with its Alt shortcut', () => {
    const [navigation] = shortcutSheet('browser', 'Linux x86_64');
    expect(navigation?.rows).toHaveLength(8);
    expect(navigation?.rows[0]).toEqual({
      keys: [['Alt', '1']],
      action: { kind: 'go-to', page: 'datasets' },
    });
  });

  it('adds the menu accelerators only in the desktop app', () => {
    const [windows, windowsGeneral] = shortcutSheet('electron', 'win32');
    expect(windows?.rows[7]?.keys).toEqual([
      ['Alt', '8'],
      ['Ctrl', '8'],
    ]);
    expect(windowsGeneral?.rows.map((row) => row.action.kind)).toEqual([
      'show-shortcuts',
      'lock-workstation',
      'close-dialog',
    ]);
    const [mac, macGeneral] = shortcutSheet('electron', 'darwin');
    expect(mac?.rows[0]?.keys[1]).toEqual(['⌘', '1']);
    expect(macGeneral?.rows[1]?.keys).toEqual([['⌘', 'L']]);

    const [, browserGeneral] = shortcutSheet('browser', 'MacIntel');
    expect(browserGeneral?.rows.map((row) => row.action.kind)).toEqual([
      'show-shortcuts',
      'close-dialog',
    ]);
  });

  it('names the aria-keyshortcuts value of a page', () => {
    expect(pageShortcut('datasets')).toBe('Alt+1');
    expect(pageShortcut('settings')).toBe('Alt+8');
  });
});
