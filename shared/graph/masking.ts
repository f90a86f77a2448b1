/** Identifier hashes and personal fields as the graph shows them: enough to compare, no more. */

export function maskHash(hash: string): string {
  return hash.length <= 6 ? hash : `${hash.slice(0, 6)}…`;
}

/** A personal field hidden entirely until the examiner reveals it (already masked by the sandbox). */
export function hidePersonal(value: string | null | undefined): string {
  return value ? '•••' : '';
}
