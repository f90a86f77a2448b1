/**
 * Which personal fields are shown in clear in this window. A reveal lasts until reload or until
 * the workstation locks: whoever unlocks it next must state their own reason to see a value.
 */
const revealed = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export function markRevealed(key: string): void {
  revealed.add(key);
  changed();
}

export function isRevealed(key: string): boolean {
  return revealed.has(key);
}

/** Masks every field again. */
export function forgetRevealedFields(): void {
  if (revealed.size === 0) return;
  revealed.clear();
  changed();
}

export function subscribeToReveals(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever the set of revealed fields does, for useSyncExternalStore. */
export function revealsVersion(): number {
  return version;
}
