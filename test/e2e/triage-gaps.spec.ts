// Triage beyond the single alert: range selection and bulk actions, label governance, snoozing
// until a date, four-eyes on closing, reopening by role, audited reveals, saved views, and the
// feedback recipient remembered per source.
import { expect, test, type Page } from '@playwright/test';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AlertsPage, LockScreen, startWithDemo } from './pages/alerts';
import { TEST_PASSPHRASE } from './pages/firstRun';
import { Workstation } from './pages/workstation';

/** A Beijing calendar date `days` from now, as a date input takes it. */
function beijingDate(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Moves focus off any field, so the next key press is a triage key. */
async function leaveFields(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('bulk triage, snooze until a date, four-eyes close, reopen by role, audited reveals, saved views', async ({
  page,
}) => {
  test.setTimeout(200_000);
  const workstation = new Workstation(page);
  const lock = new LockScreen(page);
  const alerts = new AlertsPage(page);
  await startWithDemo(page);
  await lock.lock();
  await lock.createProfile('李审查', '审查员');
  await alerts.open(workstation);

  // Select a range by keyboard, then act on all of it from the bulk bar.
  await leaveFields(page);
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+ArrowDown');
  const selectedRows = alerts.queue().locator('[role="row"][aria-selected="true"]');
  await expect(selectedRows).toHaveCount(3);
  const selectedKeys = await selectedRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-alert')));
  const bulk = page.getByRole('group', { name: '批量操作' });
  await expect(bulk).toContainText('3 条预警');
  await bulk.getByRole('button', { name: '批量认定…' }).click();
  await expect(page.getByRole('dialog', { name: '认定为' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('dialog', { name: '“无法认定”的理由' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(alerts.message()).toContainText('已将 3 条预警认定为“无法认定”');
  await page.keyboard.press('m');
  await expect(alerts.message()).toContainText('已将 3 条预警指派给李审查');
  for (const key of selectedKeys) {
    const row = alerts.queue().locator(`[data-alert="${key}"]`);
    await expect(row).toContainText('无法认定');
    await expect(row).toContainText('李审查');
  }

  // Label governance: the queue counts the labels awaiting a second user and filters to them.
  const awaiting = alerts.statusTab('待复核确认');
  await expect(awaiting.locator('.status-tab__count')).toHaveText('3');
  await awaiting.click();
  await expect(page.getByText('当前显示 3 条')).toBeVisible();
  await awaiting.click();
  await page.keyboard.press('Escape');
  await expect(bulk).toBeHidden();

  // Snooze the alert under the cursor until a date: a past date is refused, a later one hides it.
  const snoozedKey = await alerts.currentKey();
  const nextKey = await alerts.rows().nth(3).getAttribute('data-alert');
  await page.keyboard.press('s');
  const snooze = page.getByRole('dialog', { name: '暂缓至' });
  const dateField = snooze.getByLabel('或暂缓至指定日期（北京时间当日零时恢复）');
  await dateField.fill(beijingDate(0));
  await snooze.getByRole('button', { name: '暂缓至该日' }).click();
  await expect(snooze.getByRole('alert')).toContainText('暂缓日期须晚于今天');
  await dateField.fill(beijingDate(10));
  await snooze.getByRole('button', { name: '暂缓至该日' }).click();
  await expect(snooze).toBeHidden();
  await expect(alerts.message()).toContainText('1 条预警暂缓至');
  await expect(alerts.queue().locator(`[data-alert="${snoozedKey}"]`)).toHaveCount(0);
  // The cursor keeps its place, on the alert that moved up into it.
  await expect(alerts.currentRow()).toHaveAttribute('data-alert', nextKey ?? '');
  const showSnoozed = page.getByLabel('显示已暂缓');
  await showSnoozed.check();
  await alerts.queue().locator(`[data-alert="${snoozedKey}"]`).click();
  await expect(alerts.detail().getByText(/暂缓至 .+，届时回到队列。/)).toBeVisible();
  await showSnoozed.uncheck();

  // Closing a high-severity alert waits for a second user; until then it is refused.
  await alerts.rows().first().click();
  const key = await alerts.currentKey();
  await alerts.severityField().selectOption({ label: '高' });
  await expect(alerts.detail().getByText('已自动保存')).toBeVisible();
  await leaveFields(page);
  await page.keyboard.press('c');
  await expect(page.getByRole('dialog', { name: '关闭理由' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(alerts.message()).toContainText('尚未生效：1 条高风险预警的“关闭”需另一用户复核同意后生效');
  await expect(alerts.currentRow()).not.toContainText('已关闭');
  await page.keyboard.press('c');
  await page.keyboard.press('1');
  await expect(alerts.message()).toHaveText('已有待复核的申请，请等待另一用户处理。');
  await expect(alerts.detail().getByRole('button', { name: '同意' })).toHaveCount(0);

  // A masked personal field is revealed only with a reason, and the reveal is audited.
  const revealButton = alerts.detail().getByRole('button', { name: /^查看账户 .+ 的持有人$/ }).first();
  const revealLabel = (await revealButton.getAttribute('aria-label')) ?? '';
  const account = revealLabel.replace(/^查看账户 (.+) 的持有人$/, '$1');
  await revealButton.click();
  await expect(page.getByRole('dialog', { name: '查看个人信息的理由' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(alerts.detail().getByRole('button', { name: revealLabel })).toHaveCount(0);
  const accountRow = alerts.detail().getByRole('row').filter({ hasText: account }).first();
  await expect(accountRow.getByRole('cell').nth(4)).not.toContainText('••••');

  // Ticked trades go into a case as evidence: exactly those rows.
  const tradeBoxes = alerts.detail().getByRole('checkbox', { name: /^选中成交 / });
  await tradeBoxes.nth(0).check();
  await tradeBoxes.nth(1).check();
  const pickedIds = await Promise.all(
    [0, 1].map(async (at) => ((await tradeBoxes.nth(at).getAttribute('aria-label')) ?? '').replace('选中成交 ', '')),
  );
  const picked = alerts.detail().getByRole('group', { name: '选中的成交与委托' });
  await expect(picked).toContainText('已选中 2 笔');
  await picked.getByRole('button', { name: '将选中的行加入案件' }).click();
  const caseDialog = page.getByRole('dialog', { name: '加入案件' });
  await caseDialog.getByLabel('或新建案件，名称：').fill('选中成交取证');
  await caseDialog.getByRole('button', { name: '新建并加入' }).click();
  await expect(caseDialog).toBeHidden();
  await expect(picked).toBeHidden();

  // The second user signs off through the lock screen; the close then applies.
  await lock.lock();
  await lock.createProfile('王合规', '合规专员');
  await alerts.detail().getByRole('button', { name: '同意' }).click();
  await expect(alerts.currentRow()).toContainText('已关闭');

  // Reopening needs the compliance officer's role.
  await lock.lock();
  await lock.signInAs('李审查');
  await expect(alerts.currentRow()).toContainText('已关闭');
  await leaveFields(page);
  await page.keyboard.press('Shift+R');
  await expect(page.getByRole('dialog', { name: '重新打开的理由' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(alerts.message()).toHaveText('只有合规专员可以重新打开已关闭的预警。');
  await expect(alerts.currentRow()).toContainText('已关闭');
  await lock.lock();
  await lock.signInAs('王合规');
  // Unlocking renders the page afresh: act once the closed alert is back under the cursor.
  await expect(alerts.currentRow()).toContainText('已关闭');
  await leaveFields(page);
  await page.keyboard.press('Shift+R');
  await expect(page.getByRole('dialog', { name: '重新打开的理由' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(alerts.message()).toHaveText('已重新打开。');
  await expect(alerts.currentRow()).toContainText('研判中');

  // Saved views: save two, rename one (not onto the other's name), delete it.
  const views = page.getByLabel('已保存的视图', { exact: true });
  const saveAs = async (name: string) => {
    await page.getByRole('button', { name: '保存当前筛选为视图' }).click();
    await page.getByLabel('视图名称').fill(name);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(views.locator('option:checked')).toHaveText(name);
  };
  await awaiting.click();
  await saveAs('待确认');
  await awaiting.click();
  await saveAs('全部预警');
  await views.selectOption({ label: '待确认' });
  await expect(awaiting).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '重命名视图“待确认”' }).click();
  const newName = page.getByLabel('新的视图名称');
  await newName.fill('全部预警');
  await page.getByRole('button', { name: '重命名', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '已有名为“全部预警”的视图' })).toBeVisible();
  await newName.fill('待确认结论');
  await page.getByRole('button', { name: '重命名', exact: true }).click();
  await expect(views.locator('option')).toHaveText(['已保存的视图…', '全部预警', '待确认结论']);
  await page.getByRole('button', { name: '删除视图“待确认结论”' }).click();
  await page.getByRole('group', { name: '删除视图“待确认结论”？' }).getByRole('button', { name: '删除' }).click();
  await expect(views.locator('option')).toHaveText(['已保存的视图…', '全部预警']);

  // The feedback export remembers the recipient it last encrypted to for the source.
  const recipient = await identityToRecipient(await generateX25519Identity());
  await page.getByRole('button', { name: '导出反馈' }).click();
  let form = page.getByRole('dialog', { name: '导出反馈数据包' });
  const recipientField = form.getByLabel('沙箱接收方公钥（age1…）');
  await expect(recipientField).toHaveValue('');
  await recipientField.fill(recipient);
  await form.getByRole('button', { name: '导出', exact: true }).click();
  const unlock = page.getByRole('dialog', { name: '解锁密钥' });
  await expect(form.getByRole('status').or(unlock)).toBeVisible();
  if (await unlock.isVisible()) {
    await unlock.getByLabel('口令').fill(TEST_PASSPHRASE);
    await unlock.getByRole('button', { name: '解锁' }).click();
  }
  await expect(form.getByRole('status')).toContainText('已导出 3 条研判结论的反馈数据包。');
  await page.reload();
  await page.getByRole('button', { name: '导出反馈' }).click();
  form = page.getByRole('dialog', { name: '导出反馈数据包' });
  await expect(form.getByLabel('沙箱接收方公钥（age1…）')).toHaveValue(recipient);
  await expect(form.getByText('已填入该来源上次导出反馈时使用的接收方公钥。')).toBeVisible();
  await workstation.screenshot('triage-feedback-zh-CN-light');
  await page.keyboard.press('Escape');

  await workstation.goTo('audit');
  const entries = page.getByRole('table', { name: '审计日志条目' });
  const audited = (action: string, entity: string) =>
    entries.getByRole('row').filter({ hasText: action }).filter({ hasText: entity });
  for (const action of ['alert.review-request', 'alert.review-approve', 'alert.close', 'alert.reopen'])
    await expect(audited(action, key), action).toHaveCount(1);
  await expect(audited('alert.snooze', snoozedKey)).toHaveCount(1);
  await expect(audited('personal.reveal', account)).toHaveCount(1);
  await expect(audited('personal.reveal', account)).toContainText('holder_masked');

  await workstation.goTo('cases');
  await page.getByRole('button', { name: '选中成交取证' }).click();
  const evidenceRows = page.locator('.evidence__rows tbody tr');
  await expect(evidenceRows).toHaveCount(2);
  for (const id of pickedIds) await expect(evidenceRows.filter({ hasText: id })).toHaveCount(1);

  for (const [language, theme] of [
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const) {
    if (language !== workstation.language) await workstation.chooseLanguage(language);
    await workstation.chooseTheme(theme);
    await workstation.goTo('alerts');
    await expect(page.locator('.queue [aria-current="true"]')).toBeVisible();
    await page.locator('.saved-views select').selectOption({ index: 1 });
    await leaveFields(page);
    await page.keyboard.press('Shift+J');
    await expect(page.locator('.bulk-bar')).toBeVisible();
    await workstation.screenshot(`triage-bulk-${language}-${theme}`);
    expect(await workstation.unnamedControls(), `unnamed controls on alerts (${language})`).toEqual([]);
    const firstTrade = page.locator('.trades-tables__pick input').first();
    await firstTrade.check();
    await page.locator('.trades-tables__selection').scrollIntoViewIfNeeded();
    await workstation.screenshot(`triage-evidence-${language}-${theme}`);
    if ((language === 'zh-CN') === (theme === 'light')) {
      await leaveFields(page);
      await page.keyboard.press('s');
      await expect(page.locator('.snooze-date')).toBeVisible();
      await workstation.screenshot(`triage-snooze-${language}-${theme}`);
      await page.keyboard.press('Escape');
    }
  }
});
