import { expect, test, type Page } from '@playwright/test';
import { Workstation } from './pages/workstation';

/** What a window running a newer build does on start: opens the database at a higher version. */
function upgradeSchema(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        void indexedDB.databases().then((all) => {
          const installed = all.find((db) => db.name === 'examiner-workstation')?.version ?? 0;
          const request = indexedDB.open('examiner-workstation', installed + 10);
          request.onupgradeneeded = () => request.result.createObjectStore('fromANewerBuild');
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve(version);
          };
          request.onblocked = () => reject(new Error('upgrade blocked by the first window'));
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        });
      }),
  );
}

test('a second window upgrading the schema makes the first one reload cleanly', async ({
  context,
}) => {
  const first = await context.newPage();
  const workstation = new Workstation(first);
  await workstation.open();
  await workstation.goTo('datasets');
  // Gone once the page has reloaded.
  await first.evaluate(
    () => ((window as unknown as { beforeUpgrade?: boolean }).beforeUpgrade = true),
  );
  const reloaded = first.waitForEvent('load', { timeout: 20_000 });

  // The newer build's window, reduced to what matters here: same origin, its own connection.
  const second = await context.newPage();
  await second.route('**/newer-build', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>newer build</title>' }),
  );
  await second.goto('./newer-build');
  const version = await upgradeSchema(second);
  expect(version % 10).toBe(0);

  await reloaded;
  expect(
    await first.evaluate(() => (window as unknown as { beforeUpgrade?: boolean }).beforeUpgrade),
  ).toBeUndefined();
  // The reloaded window works on the upgraded database: pages open, no start-up failure.
  await expect(workstation.heading()).toBeVisible();
  await workstation.goTo('audit');
  await expect(workstation.heading()).toHaveText('审计日志');
  await expect(first.locator('.boot-failure')).toHaveCount(0);
});
