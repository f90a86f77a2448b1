import { afterEach, beforeEach, expect, it, vi } from 'vitest';

/** A window's sessionStorage, which survives a reload of the page. */
function fakeSessionStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

beforeEach(() => {
  vi.stubGlobal('sessionStorage', fakeSessionStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The session module as a reloaded page loads it again. */
async function reload() {
  vi.resetModules();
  return import('./session');
}

it('stays locked across a reload of the window, with the same user', async () => {
  const before = await reload();
  before.signIn('u-1');
  before.lockSession();

  const after = await reload();
  expect(after.isSessionLocked()).toBe(true);
  expect(after.sessionUserId()).toBe('u-1');

  after.signIn('u-2');
  const reopened = await reload();
  expect(reopened.isSessionLocked()).toBe(false);
  expect(reopened.sessionUserId()).toBe('u-2');
});
