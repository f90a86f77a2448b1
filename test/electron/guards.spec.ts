import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './workstation';
import type { PageGlobals } from './workstation';

const APP_URL = /^app:\/\/workstation\//;

/** A DOM-free view of what these tests touch in the page (the Node tsconfig checks them). */
type Scope = typeof globalThis & {
  document: {
    title: string;
    body: { append(node: unknown): void };
    createElement(tag: 'iframe'): {
      srcdoc: string;
      contentWindow: Record<string, unknown> | null;
      addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
    };
  };
  navigator: {
    permissions: { query(descriptor: { name: string }): Promise<{ state: string }> };
    geolocation: {
      getCurrentPosition(
        ok: () => void,
        failed: (error: { code: number }) => void,
        options: { timeout: number },
      ): void;
    };
    clipboard: { readText(): Promise<string> };
  };
};

test('blocks navigation to external, file: and data: URLs', async ({
  workstation: { app, page },
}) => {
  for (const target of [
    'https://example.com/',
    'file:///etc/hosts',
    'data:text/html,<h1>not the app</h1>',
  ]) {
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

test('runs no javascript: URL: the strict CSP refuses it', async ({ workstation: { page } }) => {
  await page.evaluate(() => {
    (globalThis as PageGlobals).location.href = "javascript:document.title='pwned'";
  });
  await page.waitForTimeout(300);
  expect(await page.title()).not.toBe('pwned');
  expect(page.url()).toMatch(APP_URL);
});

test('denies window.open', async ({ workstation: { app, page } }) => {
  const opened = await page.evaluate(() => [
    (globalThis as PageGlobals).open('https://example.com/'),
    (globalThis as PageGlobals).open('app://workstation/'),
  ]);
  expect(opened).toEqual([null, null]);
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

test('answers every permission check and request with a denial', async ({
  workstation: { page },
}) => {
  const outcome = await page.evaluate(async () => {
    const { navigator } = globalThis as Scope;
    const states: Record<string, string> = {};
    for (const name of ['geolocation', 'notifications', 'camera', 'microphone'])
      states[name] = await navigator.permissions.query({ name }).then(
        (status) => status.state,
        () => 'unsupported',
      );
    const geolocation = await new Promise<number>((resolve) =>
      navigator.geolocation.getCurrentPosition(
        () => resolve(0),
        (error) => resolve(error.code),
        { timeout: 3000 },
      ),
    );
    const clipboard = await navigator.clipboard.readText().then(
      () => 'read',
      () => 'refused',
    );
    return { states, geolocation, clipboard };
  });
  for (const [name, state] of Object.entries(outcome.states))
    expect([name, state]).toEqual([name, expect.stringMatching(/^(denied|unsupported)$/)]);
  expect(outcome.states.geolocation).toBe('denied');
  expect(outcome.geolocation).toBe(1); // GeolocationPositionError.PERMISSION_DENIED
  expect(outcome.clipboard).toBe('refused');
});

test('gives subframes no host API, and the page no Node or raw IPC', async ({
  workstation: { page },
}) => {
  const seen = await page.evaluate(async () => {
    const scope = globalThis as Scope & Record<string, unknown>;
    const frame = scope.document.createElement('iframe');
    const loaded = new Promise<void>((resolve) =>
      frame.addEventListener('load', () => resolve(), { once: true }),
    );
    frame.srcdoc = '<p>frame</p>';
    scope.document.body.append(frame);
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 3000))]);
    return {
      frameHost: typeof frame.contentWindow?.examinerHost,
      require: typeof scope.require,
      process: typeof scope.process,
      ipcRenderer: typeof scope.ipcRenderer,
      electron: typeof scope.electron,
      host: typeof scope.examinerHost,
    };
  });
  expect(seen).toEqual({
    frameHost: 'undefined',
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
    host: 'object',
  });
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
      absolutePath: await outcome(() =>
        host.readRepositoryFile({ source: { kind: 'bundled' }, path: '/etc/passwd' }),
      ),
      badGrant: await outcome(() => host.forgetFolder('../not-an-id')),
      wrongType: await outcome(() => host.setLanguage(42 as unknown as 'en')),
    };
  });
  expect(failures.escapingPath).toEqual({
    code: 'invalid-argument',
    message: expect.stringContaining('path:'),
  });
  expect(failures.absolutePath).toEqual({
    code: 'invalid-argument',
    message: expect.stringContaining('absolute path'),
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

test('fetches from an HTTP repository only after the user allows it in the native dialog', async ({
  workstation: { app, page },
}) => {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    requested.push(request.url ?? '');
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/leak-5f3c/`;
  /** The page's own calls, straight to the preload bridge (no approving wrapper). */
  const readIndex = () =>
    page.evaluate(
      (base) =>
        (globalThis as PageGlobals).examinerHost
          .readRepositoryFile({ source: { kind: 'http', baseUrl: base }, path: 'index.json' })
          .then(
            (chunk) => ({ code: 'ok', message: String(chunk.totalSize) }),
            (error: { code?: string; message?: string }) => ({
              code: error.code,
              message: error.message,
            }),
          ),
      baseUrl,
    );
  const answerDialog = (response: number) =>
    app.evaluate(({ dialog }, answer) => {
      dialog.showMessageBox = (async () => ({ response: answer, checkboxChecked: false })) as never;
    }, response);
  const approve = () =>
    page.evaluate(
      (base) => (globalThis as PageGlobals).examinerHost.approveRepository(base),
      baseUrl,
    );
  try {
    expect(await readIndex()).toEqual({
      code: 'forbidden',
      message: expect.stringContaining(baseUrl),
    });
    await answerDialog(1);
    expect(await approve()).toBe(false);
    expect((await readIndex()).code).toBe('forbidden');
    expect(requested).toEqual([]);

    await answerDialog(0);
    expect(await approve()).toBe(true);
    expect(await readIndex()).toEqual({ code: 'ok', message: '2' });
    expect(requested).toEqual(['/leak-5f3c/index.json']);

    await page.evaluate(
      (base) => (globalThis as PageGlobals).examinerHost.revokeRepository(base),
      baseUrl,
    );
    expect((await readIndex()).code).toBe('forbidden');
    expect(requested).toHaveLength(1);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
