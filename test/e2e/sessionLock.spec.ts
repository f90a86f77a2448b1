// The session lock as a supervisor meets it: on demand and after the idle time set in Settings,
// it hides every trace of the workspace, opens only with the passphrase, and masks again what
// was revealed before it locked.
import { expect, test, type Page } from '@playwright/test';
import { AlertsPage, LockScreen, startWithDemo } from './pages/alerts';
import { TEST_PASSPHRASE } from './pages/firstRun';
import { Workstation, type Language, type Theme } from './pages/workstation';

const WRONG_PASSPHRASE = 'not the passphrase 2026';
const WRONG_MESSAGE: Record<Language, string> = {
  'zh-CN': '口令不正确。',
  en: 'The passphrase is wrong.',
};

/** Everything the page holds: its visible text and its whole DOM. */
async function pageContents(page: Page): Promise<{ text: string; dom: string }> {
  return page.evaluate(() => ({
    text: document.body.innerText,
    dom: document.documentElement.outerHTML,
  }));
}

/** Fails naming the value, without printing the whole page. */
function expectAbsent(contents: { text: string; dom: string }, value: string): void {
  expect(contents.text.includes(value), `"${value}" is on screen`).toBe(false);
  expect(contents.dom.includes(value), `"${value}" is in the DOM`).toBe(false);
}

/** Imports the demo, signs in as 李审查 and reveals one account holder's name on the first alert. */
async function revealAHolder(page: Page) {
  const workstation = new Workstation(page);
  const lock = new LockScreen(page);
  const alerts = new AlertsPage(page);
  await startWithDemo(page);
  await lock.lock();
  await lock.createProfile('李审查', '审查员');
  await alerts.open(workstation);

  const revealButton = alerts
    .detail()
    .getByRole('button', { name: /^查看账户 .+ 的持有人$/ })
    .first();
  const revealLabel = (await revealButton.getAttribute('aria-label')) ?? '';
  const account = revealLabel.replace(/^查看账户 (.+) 的持有人$/, '$1');
  await revealButton.click();
  await expect(page.getByRole('dialog', { name: '查看个人信息的理由' })).toBeVisible();
  await page.keyboard.press('1');
  const accounts = alerts.detail().getByRole('region', { name: /^涉及账户/ });
  const holderCell = accounts
    .getByRole('row')
    .filter({ hasText: account })
    .getByRole('cell')
    .nth(4);
  await expect(holderCell).not.toContainText('••••');
  const holder = (await holderCell.innerText()).trim();
  expect(holder.length).toBeGreaterThan(0);
  const alertKey = await alerts.currentKey();
  return { workstation, lock, alerts, account, holder, holderCell, revealLabel, alertKey };
}

test('locking on demand hides the workspace, opens only with the passphrase and masks reveals again', async ({
  page,
}) => {
  test.setTimeout(200_000);
  const { lock, alerts, account, holder, holderCell, revealLabel, alertKey } =
    await revealAHolder(page);
  const url = page.url();
  const before = await pageContents(page);
  expect(before.dom.includes(holder)).toBe(true);
  expect(before.text.includes(account)).toBe(true);

  await lock.lock();
  // Nothing of the workspace is left in the page: no alert, no account, no revealed name.
  const locked = await pageContents(page);
  for (const secret of [holder, account, alertKey, '预警详情', '预警队列'])
    expectAbsent(locked, secret);
  await expect(page.locator('main')).toHaveCount(0);
  await expect(lock.passphrase()).toBeFocused();

  // A wrong passphrase is refused with a message, and the workstation stays locked.
  await lock.tryUnlock('李审查', WRONG_PASSPHRASE);
  await expect(lock.dialog().getByRole('alert')).toHaveText(WRONG_MESSAGE['zh-CN']);
  await expect(lock.dialog()).toBeVisible();
  await expect(page.locator('main')).toHaveCount(0);
  // No passphrase at all is refused before anything is tried.
  await lock.tryUnlock('李审查', '');
  await expect(lock.dialog().getByRole('alert')).toHaveText('请先输入工作站口令。');
  // Creating a profile does not get round the passphrase either.
  await lock.passphrase().fill(WRONG_PASSPHRASE);
  await lock.dialog().getByText('新建用户档案').click();
  await lock.dialog().getByLabel('姓名').fill('路过的人');
  await lock.dialog().getByRole('button', { name: '创建并登录' }).click();
  await expect(lock.dialog().getByRole('alert')).toHaveText(WRONG_MESSAGE['zh-CN']);
  await expect(lock.dialog().getByRole('button', { name: /路过的人/ })).toHaveCount(0);

  // Reloading the window does not open the lock.
  await page.reload();
  await expect(lock.dialog()).toBeVisible();
  expectAbsent(await pageContents(page), account);

  // The right passphrase returns to the same page, with the revealed name masked again.
  await lock.signInAs('李审查', TEST_PASSPHRASE);
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('预警');
  await expect(alerts.queue().locator('.queue__local').first()).toBeVisible();
  await expect(holderCell).toContainText('••••');
  await expect(alerts.detail().getByRole('button', { name: revealLabel })).toBeVisible();
  expectAbsent(await pageContents(page), holder);
});

test('the idle time set in Settings locks the workstation, counted from the last input', async ({
  page,
}) => {
  test.setTimeout(200_000);
  await page.clock.install();
  const { workstation, lock, alerts, account, holder, holderCell } = await revealAHolder(page);

  // The shortest idle time the setting takes (renderer/settings/idleMinutes.ts): one minute.
  await workstation.goTo('settings');
  const session = page.getByRole('region', { name: '会话锁定' });
  const minutes = session.getByLabel('无操作多少分钟后锁定工作站');
  await minutes.fill('0');
  await expect(session.getByText('请输入 1 到 240 之间的整数。')).toBeVisible();
  await minutes.fill('1');
  await session.getByRole('button', { name: '保存' }).click();
  await expect(session.getByRole('status')).toHaveText('已保存。');
  await workstation.goTo('alerts');
  await expect(alerts.queue().locator('.queue__local').first()).toBeVisible();
  const url = page.url();

  // 50 seconds without input: still open. Then a mouse move starts the minute again.
  await page.clock.fastForward('00:50');
  await expect(lock.dialog()).toBeHidden();
  await page.getByRole('button', { name: '键盘快捷键' }).click();
  const shortcuts = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(shortcuts).toBeVisible();
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await page.clock.fastForward('00:30');
  await expect(lock.dialog()).toBeHidden();
  await expect(alerts.detail()).toContainText(account);

  // A full minute after the last input, it locks, and the workspace is gone from the page; the
  // open shortcut sheet closes rather than stay above the lock screen.
  await page.clock.fastForward('00:40');
  await expect(lock.dialog()).toBeVisible();
  await expect(shortcuts).toBeHidden();
  expectAbsent(await pageContents(page), account);

  await lock.tryUnlock('李审查', WRONG_PASSPHRASE);
  await expect(lock.dialog().getByRole('alert')).toHaveText(WRONG_MESSAGE['zh-CN']);
  await lock.signInAs('李审查');
  expect(page.url()).toBe(url);
  await expect(alerts.detail()).toContainText(account);
  await expect(holderCell).toContainText('••••');
  expectAbsent(await pageContents(page), holder);
});

test('the lock screen in both languages and themes', async ({ page }) => {
  test.setTimeout(120_000);
  const workstation = new Workstation(page);
  await workstation.open();
  await new LockScreen(page).lock();
  await new LockScreen(page).createProfile('李审查', '审查员');

  const cases: [Language, Theme, string][] = [
    ['zh-CN', 'light', '李审查'],
    ['zh-CN', 'dark', '李审查'],
    ['en', 'dark', '李审查'],
    ['en', 'light', '李审查'],
  ];
  for (const [language, theme, profile] of cases) {
    if (workstation.language !== language) await workstation.chooseLanguage(language);
    await workstation.chooseTheme(theme);
    const lock = new LockScreen(page, language);
    await lock.lock();
    await expect(lock.passphrase()).toBeFocused();
    await lock.tryUnlock(profile, WRONG_PASSPHRASE);
    await expect(lock.dialog().getByRole('alert')).toHaveText(WRONG_MESSAGE[language]);
    await workstation.screenshot(`lock-screen-${language}-${theme}`);
    await lock.signInAs(profile);
  }
});
