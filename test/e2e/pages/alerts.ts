// The Alerts page (triage queue and alert detail), the lock screen's profiles, and the demo pull
// the triage specs start from.
import { expect, type Page } from '@playwright/test';
import { DatasetsPage } from './datasets';
import { FirstRun, TEST_PASSPHRASE } from './firstRun';
import type { Language, Workstation } from './workstation';

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

const LOCK_TEXT = {
  'zh-CN': {
    title: '工作站已锁定',
    lock: '锁定并切换用户',
    passphrase: '工作站口令',
    newProfile: '新建用户档案',
    name: '姓名',
    role: '角色',
    create: '创建并登录',
  },
  en: {
    title: 'Workstation locked',
    lock: 'Lock and switch user',
    passphrase: 'Workstation passphrase',
    newProfile: 'New profile',
    name: 'Name',
    role: 'Role',
    create: 'Create and sign in',
  },
} as const;

export class LockScreen {
  constructor(
    readonly page: Page,
    readonly language: Language = 'zh-CN',
  ) {}

  private get text() {
    return LOCK_TEXT[this.language];
  }

  dialog() {
    return this.page.getByRole('dialog', { name: this.text.title });
  }

  passphrase() {
    return this.dialog().getByLabel(this.text.passphrase);
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.lock }).click();
    await expect(this.dialog()).toBeVisible();
  }

  /** Creates a profile on the lock screen and signs in with it; the passphrase opens the lock. */
  async createProfile(name: string, role: string, passphrase = TEST_PASSPHRASE): Promise<void> {
    const dialog = this.dialog();
    await this.passphrase().fill(passphrase);
    const summary = dialog.getByText(this.text.newProfile);
    if (!(await dialog.getByLabel(this.text.name).isVisible())) await summary.click();
    await dialog.getByLabel(this.text.name).fill(name);
    await dialog.getByLabel(this.text.role).selectOption({ label: role });
    await dialog.getByRole('button', { name: this.text.create }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** Types the passphrase and picks a profile, without waiting for the outcome. */
  async tryUnlock(name: string, passphrase: string): Promise<void> {
    await this.passphrase().fill(passphrase);
    await this.dialog().getByRole('button', { name }).click();
  }

  async signInAs(name: string, passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.tryUnlock(name, passphrase);
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
