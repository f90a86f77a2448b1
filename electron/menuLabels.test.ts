import { describe, expect, it } from 'vitest';
import { APP_PAGES } from '../shared/host/hostApi';
import { DIALOG_LABELS } from './dialogLabels';
import { MENU_LABELS } from './menuLabels';

/** Every string leaf of a labels table, by dotted key. */
function labelEntries(table: object, prefix = ''): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? labelEntries(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

describe('menu labels', () => {
  it('has the same keys in both languages, none of them empty', () => {
    const english = labelEntries(MENU_LABELS.en);
    const chinese = labelEntries(MENU_LABELS['zh-CN']);
    expect(chinese.map(([key]) => key)).toEqual(english.map(([key]) => key));
    for (const [key, value] of [...english, ...chinese]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('names every page', () => {
    expect(Object.keys(MENU_LABELS.en.pages).sort()).toEqual([...APP_PAGES].sort());
  });

  it('is really translated', () => {
    expect(MENU_LABELS['zh-CN'].file).not.toBe(MENU_LABELS.en.file);
    expect(MENU_LABELS['zh-CN'].pages.alerts).not.toBe(MENU_LABELS.en.pages.alerts);
  });
});

describe('dialog labels', () => {
  it('has the same keys in both languages, none of them empty', () => {
    const english = labelEntries(DIALOG_LABELS.en);
    expect(labelEntries(DIALOG_LABELS['zh-CN']).map(([key]) => key)).toEqual(
      english.map(([key]) => key),
    );
    for (const [key, value] of [...english, ...labelEntries(DIALOG_LABELS['zh-CN'])])
      expect((value as string).trim(), key).not.toBe('');
  });
});
