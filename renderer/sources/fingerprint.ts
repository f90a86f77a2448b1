/**
 * Publisher fingerprints are 64 lowercase hex digits (SHA-256 of the raw key). People compare
 * them by reading aloud, so they are shown in groups of four, four groups to a row.
 */
const GROUP = 4;
const GROUPS_PER_ROW = 4;

export function isFingerprint(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}

/** `abcd1234…` → `['abcd', '1234', …]`. */
export function fingerprintGroups(fingerprint: string): string[] {
  const groups: string[] = [];
  for (let i = 0; i < fingerprint.length; i += GROUP) groups.push(fingerprint.slice(i, i + GROUP));
  return groups;
}

/** The groups in rows, for a block that reads like a table: 4 rows of 4 groups for SHA-256. */
export function fingerprintRows(fingerprint: string): string[][] {
  const groups = fingerprintGroups(fingerprint);
  const rows: string[][] = [];
  for (let i = 0; i < groups.length; i += GROUPS_PER_ROW)
    rows.push(groups.slice(i, i + GROUPS_PER_ROW));
  return rows;
}

/** One line, groups separated by spaces: `abcd 1234 …`. */
export function formatFingerprint(fingerprint: string): string {
  return fingerprintGroups(fingerprint).join(' ');
}

/** The first groups only, for a table cell; never enough to compare a key by. */
export function shortFingerprint(fingerprint: string, groups = 4): string {
  const shown = fingerprintGroups(fingerprint).slice(0, groups).join(' ');
  return fingerprint.length > groups * GROUP ? `${shown} …` : shown;
}
