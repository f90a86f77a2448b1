import { expect, test } from '@playwright/test';
import { startWithDemo } from './pages/alerts';
import { ReportsPage } from './pages/reports';
import { Workstation } from './pages/workstation';

const RING_ALERT = 'AL26Q3-0002';

test('a full disk while saving a report names the report, keeps the text, and the retry saves it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  // While `__storageFull` is set, writes into the report stores fail as a full disk does.
  await page.addInitScript(() => {
    const flagged = window as unknown as { __storageFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) {
        if (flagged.__storageFull && this.name.startsWith('report'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  const workstation = new Workstation(page);
  await startWithDemo(page);
  await workstation.goTo('reports');
  const reports = new ReportsPage(page);
  await reports.draftFromAlerts('caseReport', '对倒团伙 S01', RING_ALERT);
  await reports.waitSaved();

  await reports.document().click();
  await page.keyboard.press('End');
  await page.keyboard.type('（磁盘已满时写下的一句）');
  await page.evaluate(
    () => ((window as unknown as { __storageFull: boolean }).__storageFull = true),
  );
  await reports.saveVersion();
  await expect(
    page.getByText(/storage is full.*对倒团伙 S01.*export it as PDF or Word/),
  ).toBeVisible();
  await expect(reports.document()).toContainText('磁盘已满时写下的一句');

  // Space is back: the same button saves the version, with the sentence typed while it was full.
  await page.evaluate(
    () => ((window as unknown as { __storageFull: boolean }).__storageFull = false),
  );
  await reports.saveVersion();
  await expect(page.getByText('已保存第 1 版。')).toBeVisible();
  await page.reload();
  await expect(reports.document()).toContainText('磁盘已满时写下的一句');
});
