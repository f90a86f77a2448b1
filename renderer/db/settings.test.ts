import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkstationDatabase } from './database';
import { openWorkstationDatabase } from './database';
import { SETTING_DEFAULTS, getSetting, setSetting } from './settings';

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('settings', () => {
  it('reads the defaults from an empty database without writing them', async () => {
    expect(await getSetting('language', db)).toBe('system');
    expect(await getSetting('theme', db)).toBe('system');
    expect(await getSetting('idleLockMinutes', db)).toBe(SETTING_DEFAULTS.idleLockMinutes);
    expect(await db.settings.count()).toBe(0);
  });

  it('reads back what was set, one key at a time', async () => {
    await setSetting('language', 'zh-CN', db);
    await setSetting('idleLockMinutes', 5, db);
    expect(await getSetting('language', db)).toBe('zh-CN');
    expect(await getSetting('idleLockMinutes', db)).toBe(5);
    expect(await getSetting('theme', db)).toBe('system');
    await setSetting('language', 'en', db);
    expect(await getSetting('language', db)).toBe('en');
    expect(await db.settings.count()).toBe(2);
  });

  it('survives closing and reopening the database', async () => {
    const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
    const first = await openWorkstationDatabase(backend);
    await setSetting('theme', 'dark', first);
    first.close();
    const second = await openWorkstationDatabase(backend);
    expect(await getSetting('theme', second)).toBe('dark');
    second.close();
  });

  it('refuses values outside a setting’s range and keeps the old value', async () => {
    await setSetting('idleLockMinutes', 30, db);
    await expect(setSetting('idleLockMinutes', 0, db)).rejects.toThrow(RangeError);
    await expect(setSetting('idleLockMinutes', 2.5, db)).rejects.toThrow(/idleLockMinutes/);
    // A value from outside the type system, e.g. a stale renderer build.
    const unknownTheme = 'sepia' as Parameters<typeof setSetting<'theme'>>[1];
    await expect(setSetting('theme', unknownTheme, db)).rejects.toThrow(/theme/);
    expect(await getSetting('idleLockMinutes', db)).toBe(30);
  });

  it('reads a stored value that is no longer valid as the default', async () => {
    await db.settings.put({ key: 'language', value: 'fr' } as unknown as {
      key: 'language';
      value: 'en';
    });
    expect(await getSetting('language', db)).toBe('system');
  });
});
