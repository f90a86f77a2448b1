/**
 * Typed settings over the `settings` store. A missing or unreadable value reads as its
 * default, so a setting added in a later release needs no migration.
 */
import { z } from 'zod';
import type { WorkstationDatabase } from './database';
import { getDatabase } from './database';
import type { SettingKey, SettingRecord, SettingsMap } from './records';

export const SETTING_DEFAULTS: Readonly<SettingsMap> = {
  language: 'system',
  theme: 'system',
  idleLockMinutes: 15,
  recoveryNoticeSeenSeq: 0,
};

const SETTING_SCHEMAS: { readonly [K in SettingKey]: z.ZodType<SettingsMap[K]> } = {
  language: z.enum(['system', 'zh-CN', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  idleLockMinutes: z.number().int().min(1).max(240),
  recoveryNoticeSeenSeq: z.number().int().min(0),
};

export async function getSetting<K extends SettingKey>(
  key: K,
  db: WorkstationDatabase = getDatabase(),
): Promise<SettingsMap[K]> {
  const record = await db.settings.get(key);
  if (record === undefined) return SETTING_DEFAULTS[key];
  const parsed = SETTING_SCHEMAS[key].safeParse(record.value);
  return parsed.success ? parsed.data : SETTING_DEFAULTS[key];
}

/** Stores a setting; throws a RangeError for a value outside the setting's range. */
export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingsMap[K],
  db: WorkstationDatabase = getDatabase(),
): Promise<void> {
  const parsed = SETTING_SCHEMAS[key].safeParse(value);
  if (!parsed.success) {
    throw new RangeError(
      `Setting "${key}" cannot be ${JSON.stringify(value)}: ${parsed.error.message}`,
    );
  }
  // `{ key, value }` with a generic key is one of SettingRecord's members; TypeScript cannot pick which.
  await db.settings.put({ key, value: parsed.data } as SettingRecord);
}

/** Every setting, each read as `getSetting` reads it. */
export async function getAllSettings(
  db: WorkstationDatabase = getDatabase(),
): Promise<SettingsMap> {
  const keys = Object.keys(SETTING_DEFAULTS) as SettingKey[];
  const values = await Promise.all(keys.map((key) => getSetting(key, db)));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as unknown as SettingsMap;
}
