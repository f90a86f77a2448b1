import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS, setSetting } from '../db/settings';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, parseIdleMinutes } from './idleMinutes';

describe('parseIdleMinutes', () => {
  it('accepts whole minutes in range', () => {
    expect(parseIdleMinutes('1')).toBe(1);
    expect(parseIdleMinutes(' 15 ')).toBe(15);
    expect(parseIdleMinutes('240')).toBe(240);
  });

  it('refuses what the setting would refuse', () => {
    for (const input of ['', '0', '241', '-5', '2.5', '1e2', 'abc', '15 min']) {
      expect(parseIdleMinutes(input), input).toBeNull();
    }
  });

  it('includes the default', () => {
    expect(parseIdleMinutes(String(SETTING_DEFAULTS.idleLockMinutes))).toBe(
      SETTING_DEFAULTS.idleLockMinutes,
    );
  });

  it('has the bounds the settings store enforces', async () => {
    // The store validates before it touches the database, so a bad value throws without one.
    await expect(setSetting('idleLockMinutes', IDLE_MINUTES_MIN - 1)).rejects.toThrow(RangeError);
    await expect(setSetting('idleLockMinutes', IDLE_MINUTES_MAX + 1)).rejects.toThrow(RangeError);
  });
});
