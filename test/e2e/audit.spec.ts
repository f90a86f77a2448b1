import { expect, test, type Page } from '@playwright/test';
import { LockScreen } from './pages/alerts';
import { skipFirstRun, Workstation } from './pages/workstation';

/** Edits one stored audit entry behind the app's back, as an attacker with disk access could. */
async function tamperWithAuditEntry(page: Page, seq: number): Promise<void> {
  await page.evaluate(
    (target) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('examiner-workstation');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('audit', 'readwrite').objectStore('audit');
          const read = store.get(target);
          read.onsuccess = () => {
            const entry = read.result as { actor: string };
            store.put({ ...entry, actor: 'someone-else' });
          };
          store.transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          store.transaction.onerror = () => reject(store.transaction.error);
        };
      }),
    seq,
  );
}

test('verification finds the audit entry edited directly in IndexedDB', async ({ page }) => {
  const workstation = new Workstation(page);
  const lock = new LockScreen(page);
  await page.goto('./');
  await skipFirstRun(page);
  await lock.lock();
  await lock.createProfile('李审查', '审查员');
  await lock.lock();
  await lock.createProfile('王合规', '合规专员');

  await workstation.goTo('audit');
  const verify = page.getByRole('button', { name: '校验哈希链' });
  await verify.click();
  await expect(page.getByText(/哈希链完整：\d+ 条记录均未被改动。/)).toBeVisible();
  const entries = page.getByRole('table', { name: '审计日志条目' });
  const total = await entries.locator('tbody tr').count();
  expect(total).toBeGreaterThanOrEqual(3);
  const target = total - 1; // the second-newest entry, so one entry follows it

  await tamperWithAuditEntry(page, target);
  await verify.click();
  await expect(page.getByText(`哈希链在第 ${target} 条记录处断开。`)).toBeVisible();
  const broken = entries.locator(`tr[data-seq="${target}"]`);
  await expect(broken).toContainText('断链处');
  await expect(broken).toContainText('someone-else');
  await expect(entries.locator(`tr[data-seq="${target - 1}"]`)).not.toContainText('断链处');
  await workstation.screenshot('audit-zh-CN-light');

  for (const [language, theme] of [
    ['zh-CN', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const) {
    if (language !== workstation.language) await workstation.chooseLanguage(language);
    await workstation.chooseTheme(theme);
    await workstation.goTo('audit');
    await page.getByRole('button', { name: language === 'en' ? 'Verify the hash chain' : '校验哈希链' }).click();
    await expect(page.locator(`tr[data-seq="${target}"].audit-row--break`)).toBeVisible();
    await workstation.screenshot(`audit-${language}-${theme}`);
  }
});
