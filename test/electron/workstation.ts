/** A Playwright fixture that launches the built app with a throwaway profile. */
import { _electron as electron, test as base } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostApi } from '../../shared/host/hostApi';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Workstation {
  app: ElectronApplication;
  page: Page;
}

/** The page's global scope as the tests see it (the Node tsconfig has no DOM types). */
export type PageGlobals = typeof globalThis & {
  examinerHost: HostApi;
  location: { href: string };
  open(url: string): unknown;
};

export const test = base.extend<{ workstation: Workstation }>({
  // Playwright reads the fixtures a test uses from this destructuring; this one uses none.
  // eslint-disable-next-line no-empty-pattern
  workstation: async ({}, use) => {
    const executablePath = process.env.EXAMINER_ELECTRON_BINARY;
    if (!executablePath)
      throw new Error('Run through `npm run test:electron`, which sets EXAMINER_ELECTRON_BINARY.');
    const userData = await mkdtemp(join(tmpdir(), 'examiner-electron-'));
    // Chromium refuses to start its OS sandbox as root (CI containers) without this switch.
    const rootSwitches = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const app = await electron.launch({
      executablePath,
      args: [...rootSwitches, root],
      cwd: root,
      env: { ...process.env, EXAMINER_USER_DATA_DIR: userData },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await use({ app, page });
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
