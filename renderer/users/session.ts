/**
 * Who is at the workstation. Users are local profiles; the session remembers the chosen one for
 * this window (a reload keeps it, a new start asks again) and the lock screen switches it.
 */
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'examiner-workstation.session-user';

interface SessionState {
  userId: string | null;
  /** True while the lock screen is up. */
  locked: boolean;
}

let state: SessionState = { userId: readStoredUser(), locked: false };
const listeners = new Set<() => void>();

function readStoredUser(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function setState(next: SessionState): void {
  state = next;
  try {
    if (next.userId === null) globalThis.sessionStorage?.removeItem(STORAGE_KEY);
    else globalThis.sessionStorage?.setItem(STORAGE_KEY, next.userId);
  } catch {
    // Storage refused (private mode): the session then lasts until reload.
  }
  for (const listener of listeners) listener();
}

export function sessionUserId(): string | null {
  return state.userId;
}

/** Shows the lock screen; the workspace behind it stays as it was. */
export function lockSession(): void {
  setState({ ...state, locked: true });
}

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
