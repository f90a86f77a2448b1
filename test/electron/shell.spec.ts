import { expect, test } from './workstation';
import type { PageGlobals } from './workstation';

const HOST_API_METHODS = [
  'appInfo',
  'approveRepository',
  'chooseFolder',
  'exportPdf',
  'forgetFolder',
  'keystoreInfo',
  'listFolders',
  'onCommand',
  'readRepositoryFile',
  'revokeRepository',
  'saveFile',
  'sealSecret',
  'setLanguage',
  'statRepositoryFile',
  'unsealSecret',
];

test('opens the workstation shell from the app scheme', async ({ workstation: { page } }) => {
  expect(page.url()).toMatch(/^app:\/\/workstation\//);
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  const info = await page.evaluate(() => (globalThis as PageGlobals).examinerHost.appInfo());
  expect(info.host).toBe('electron');
  expect(info.versions.electron).toMatch(/^\d+\./);
});

test('carries native menu commands to the page', async ({ workstation: { app, page } }) => {
  await expect(page.getByRole('main')).toBeVisible();
  await app.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.webContents.send('host:command', {
      kind: 'navigate',
      page: 'alerts',
    });
  });
  await expect(page).toHaveURL(/#\/alerts/);
});

test('serves the page with the strict Content-Security-Policy', async ({
  workstation: { page },
}) => {
  const policy = await page.evaluate(async () => {
    const response = await fetch((globalThis as PageGlobals).location.href);
    return response.headers.get('content-security-policy');
  });
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
});

test('exposes exactly the HostApi and keeps Node out of the page', async ({
  workstation: { page },
}) => {
  const exposure = await page.evaluate(() => {
    const scope = globalThis as PageGlobals & Record<string, unknown>;
    return {
      methods: Object.keys(scope.examinerHost).sort(),
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      buffer: typeof scope.Buffer,
    };
  });
  expect(exposure).toEqual({
    methods: HOST_API_METHODS,
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    buffer: 'undefined',
  });
});
