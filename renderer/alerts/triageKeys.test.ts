import { describe, expect, it } from 'vitest';
import { TRIAGE_SHORTCUTS, triageCommand } from './triageKeys';

const press = (key: string, shiftKey = false) => ({ key, shiftKey, ctrlKey: false, altKey: false, metaKey: false });

describe('triageCommand', () => {
  it('maps the sheet’s keys to their commands', () => {
    for (const shortcut of TRIAGE_SHORTCUTS) {
      for (const keys of shortcut.keys) {
        const shift = keys.startsWith('Shift+');
        const name = keys.replace('Shift+', '');
        const key = { '↓': 'ArrowDown', '↑': 'ArrowUp', Esc: 'Escape' }[name] ?? (name.length === 1 ? name.toLowerCase() : name);
        expect(triageCommand(press(key, shift)), keys).toEqual(shortcut.command);
      }
    }
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser and the app', () => {
    expect(triageCommand({ ...press('j'), ctrlKey: true })).toBeNull();
    expect(triageCommand({ ...press('1'), altKey: true })).toBeNull();
    expect(triageCommand(press('z'))).toBeNull();
  });
});
