/**
 * Who is at the workstation, and whether the lock screen is up. Users are local profiles; the
 * session remembers the chosen one for this window (a reload keeps it, a new start asks again).
 * The lock is remembered the same way, so reloading a locked window does not open it.
 */
import { useSyncExternalStore } from 'react';

const USER_KEY = 'examiner-workstation.session-user';
const LOCKED_KEY = 'examiner-workstation.session-locked';

interface SessionState {
  userId: string | null;
  /** True while the lock screen is up. */
  locked: boolean;
}

let state: SessionState = { userId: readStored(USER_KEY), locked: readStored(LOCKED_KEY) === '1' };
const listeners = new Set<() => void>();

function readStored(key: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.sessionStorage?.removeItem(key);
    else globalThis.sessionStorage?.setItem(key, value);
  } catch {
    // Storage refused (private mode): the session then lasts until reload.
  }
}

function setState(next: SessionState): void {
  state = next;
  store(USER_KEY, next.userId);
  store(LOCKED_KEY, next.locked ? '1' : null);
  for (const listener of listeners) listener();
}

export function sessionUserId(): string | null {
  return state.userId;
}

export function isSessionLocked(): boolean {
  return state.locked;
}

/**
 * Puts the lock screen up. Call it through sessionLock.ts, which also locks the keys and masks
 * revealed fields again.
 */
export function lockSession(): void {
  setState({ ...state, locked: true });
}

/** Takes the lock screen down for `userId`; sessionLock.ts checks the passphrase first. */
export function signIn(userId: string): void {
  setState({ userId, locked: false });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
