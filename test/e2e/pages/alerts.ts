// The Alerts page (triage queue and alert detail), the lock screen's profiles, and the demo pull
// the triage specs start from.
import { expect, type Page } from '@playwright/test';
import { DatasetsPage } from './datasets';
import { FirstRun, TEST_PASSPHRASE } from './firstRun';
import type { Workstation } from './workstation';

export const DEMO_SOURCE = '示范沙箱';
export const DEMO_TITLE =
  '广东 2026年第三季度 演示数据（合成） / Guangdong 2026 Q3 demo (synthetic)';

/** A fresh workstation with the built-in demo pulled, on the Datasets page. */
export async function startWithDemo(page: Page): Promise<void> {
  const firstRun = new FirstRun(page);
  await page.goto('./');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.chooseDemo();
  await new DatasetsPage(page).pull(DEMO_SOURCE, DEMO_TITLE);
  await expect(page.getByRole('status').filter({ hasText: DEMO_TITLE })).toContainText('已导入', {
    timeout: 120_000,
  });
}

export class LockScreen {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: '工作站已锁定' });
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: '锁定并切换用户' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  /** Creates a profile on the lock screen and signs in with it. */
  async createProfile(name: string, role: '审查员' | '合规专员'): Promise<void> {
    const dialog = this.dialog();
    const summary = dialog.getByText('新建用户档案');
    if (!(await dialog.getByLabel('姓名').isVisible())) await summary.click();
    await dialog.getByLabel('姓名').fill(name);
    await dialog.getByLabel('角色').selectOption({ label: role });
    await dialog.getByRole('button', { name: '创建并登录' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  async signInAs(name: string): Promise<void> {
    await this.dialog().getByRole('button', { name }).click();
    await expect(this.dialog()).toBeHidden();
  }
}

export class AlertsPage {
  constructor(readonly page: Page) {}

  queue() {
    return this.page.getByRole('table', { name: '预警队列' });
  }

  rows() {
    return this.queue().getByRole('rowgroup').nth(1).getByRole('row');
  }

  currentRow() {
    return this.queue().locator('[role="row"][aria-current="true"]');
  }

  /** `<dataset>:<alertId>` of the alert under the cursor. */
  async currentKey(): Promise<string> {
    const key = await this.currentRow().getAttribute('data-alert');
    if (!key) throw new Error('no alert under the cursor');
    return key;
  }

  detail() {
    return this.page.getByRole('region', { name: '预警详情' });
  }

  message() {
    return this.detail().getByRole('status').first();
  }

  noteField() {
    return this.detail().getByLabel('备注', { exact: true });
  }

  severityField() {
    return this.detail().getByLabel('严重程度');
  }

  statusTab(name: string) {
    return this.page.getByRole('group', { name: '按处理状态筛选' }).getByRole('button', { name });
  }

  async open(workstation: Workstation): Promise<void> {
    await workstation.goTo('alerts');
    await expect(this.rows().first()).toBeVisible();
    // Local detection runs over a newly imported version as the page opens; the queue settles after.
    await expect(this.detectionStatus()).toContainText(/新增|new/, { timeout: 60_000 });
    // The page keeps the alert it first opened; start afresh so specs begin at the settled queue's top.
    await this.page.reload();
    await expect(this.queue().locator('.queue__local').first()).toBeVisible();
  }

  /** The local detection panel's status line (one dataset). */
  detectionStatus() {
    return this.page.locator('.detection-panel').getByRole('status').first();
  }
}
