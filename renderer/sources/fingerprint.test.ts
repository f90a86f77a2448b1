import { describe, expect, it } from 'vitest';
import {
  fingerprintGroups,
  fingerprintRows,
  formatFingerprint,
  isFingerprint,
  shortFingerprint,
} from './fingerprint';

const FINGERPRINT = '21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9';

describe('fingerprint formatting', () => {
  it('groups 64 hex digits into 16 groups of four, four to a row', () => {
    expect(fingerprintGroups(FINGERPRINT)).toHaveLength(16);
    expect(fingerprintRows(FINGERPRINT)).toEqual([
      ['21fe', '31df', 'a154', 'a261'],
      ['626b', 'f854', '046f', 'd227'],
      ['1b7b', 'ed4b', '6abe', '45aa'],
      ['5887', '7ef4', '7f97', '21b9'],
    ]);
    expect(formatFingerprint(FINGERPRINT).replaceAll(' ', '')).toBe(FINGERPRINT);
    expect(formatFingerprint(FINGERPRINT)).toMatch(/^21fe 31df a154 .* 21b9$/);
  });

  it('shortens for table cells, and says so with an ellipsis', () => {
    expect(shortFingerprint(FINGERPRINT)).toBe('21fe 31df a154 a261 …');
    expect(shortFingerprint('abcd')).toBe('abcd');
  });

  it('knows a fingerprint when it sees one', () => {
    expect(isFingerprint(FINGERPRINT)).toBe(true);
    expect(isFingerprint(FINGERPRINT.toUpperCase())).toBe(false);
    expect(isFingerprint(FINGERPRINT.slice(1))).toBe(false);
  });
});
