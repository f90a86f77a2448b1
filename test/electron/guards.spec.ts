import { expect, test } from './workstation';
import type { PageGlobals } from './workstation';

const APP_URL = /^app:\/\/workstation\//;

test('blocks navigation to an external URL', async ({ workstation: { app, page } }) => {
  for (const target of ['https://example.com/', 'file:///etc/hosts']) {
    await page.evaluate((url) => {
      (globalThis as PageGlobals).location.href = url;
    }, target);
    await page.waitForTimeout(500);
    const shown = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.getURL(),
    );
    expect(shown).toMatch(APP_URL);
  }
  expect(page.url()).toMatch(APP_URL);
});

test('denies window.open', async ({ workstation: { app, page } }) => {
  const opened = await page.evaluate(() =>
    (globalThis as PageGlobals).open('https://example.com/'),
  );
  expect(opened).toBeNull();
  await page.waitForTimeout(300);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('denies permission requests', async ({ workstation: { page } }) => {
  const decision = await page.evaluate(async () => {
    const scope = globalThis as unknown as {
      Notification: { requestPermission(): Promise<string> };
    };
    return scope.Notification.requestPermission();
  });
  expect(decision).toBe('denied');
});

test('rejects an IPC call with malformed arguments before doing anything', async ({
  workstation: { page },
}) => {
  const failures = await page.evaluate(async () => {
    const host = (globalThis as PageGlobals).examinerHost;
    const outcome = (call: () => Promise<unknown>) =>
      call().then(
        () => null,
        (error: { code?: string; message?: string }) => ({
          code: error.code,
          message: error.message,
        }),
      );
    return {
      escapingPath: await outcome(() =>
        host.readRepositoryFile({
          source: { kind: 'folder', grantId: 'x' },
          path: '../../etc/passwd',
        }),
      ),
      badGrant: await outcome(() => host.forgetFolder('../not-an-id')),
      wrongType: await outcome(() => host.setLanguage(42 as unknown as 'en')),
    };
  });
  expect(failures.escapingPath).toEqual({
    code: 'invalid-argument',
    message: expect.stringContaining('path:'),
  });
  expect(failures.badGrant).toEqual({
    code: 'invalid-argument',
    message: expect.stringContaining('grantId'),
  });
  expect(failures.wrongType).toEqual({
    code: 'invalid-argument',
    message: expect.stringContaining('language'),
  });
});
