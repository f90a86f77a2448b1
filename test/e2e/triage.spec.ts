import { expect, test, type Download } from '@playwright/test';
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { AlertsPage, LockScreen, startWithDemo } from './pages/alerts';
import { TEST_PASSPHRASE } from './pages/firstRun';
import { Workstation } from './pages/workstation';

test('an alert triaged by keyboard alone keeps its disposition, note and audit entries across a reload', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const workstation = new Workstation(page);
  const lock = new LockScreen(page);
  const alerts = new AlertsPage(page);
  await startWithDemo(page);
  await lock.lock();
  await lock.createProfile('李审查', '审查员');
  await alerts.open(workstation);

  // Focus leaves the navigation; from here on only the keyboard is used.
  await alerts.queue().focus();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const key = await alerts.currentKey();
  expect(await alerts.rows().first().getAttribute('data-alert')).not.toBe(key);
  await page.keyboard.press('2');
  await expect(page.getByRole('dialog', { name: '“误报”的理由' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(alerts.message()).toContainText('认定为“误报”');
  await page.keyboard.press('n');
  await expect(alerts.noteField()).toBeFocused();
  await page.keyboard.type('做市商双边报价，**非**操纵');
  await expect(alerts.detail().getByText('已自动保存')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '研判快捷键' })).toBeVisible();
  await page.keyboard.press('Escape');
  await workstation.screenshot('alerts-zh-CN-light');

  await page.reload();
  await expect(alerts.currentRow()).toHaveAttribute('data-alert', key);
  await expect(alerts.currentRow()).toContainText('误报');
  await expect(alerts.detail().getByText('交易特征与违规模式吻合').or(alerts.detail().getByText('做市或流动性提供'))).toBeVisible();
  await expect(alerts.noteField()).toHaveValue('做市商双边报价，**非**操纵');

  // Text typed just before a crash or reload (before the autosave pause) comes back from its draft.
  await alerts.noteField().press('End');
  await alerts.noteField().pressSequentially('；已核实');
  await page.waitForTimeout(150);
  await page.reload();
  await expect(alerts.noteField()).toHaveValue('做市商双边报价，**非**操纵；已核实');
  // The draft is committed as the alert loads; on a machine slow enough for the autosave to have
  // run between keystrokes, there is no draft left and nothing to report.
  await expect(alerts.detail().locator('.annotation__save')).toHaveText(/^(已自动保存)?$/);

  await workstation.goTo('audit');
  const entries = page.getByRole('table', { name: '审计日志条目' });
  await expect(entries.getByRole('row').filter({ hasText: 'alert.disposition' }).filter({ hasText: key })).toHaveCount(1);
  // The first note, and the text restored after the reload.
  await expect(entries.getByRole('row').filter({ hasText: 'alert.note' }).filter({ hasText: key })).toHaveCount(2);

  // The disposition leaves as the sandbox's feedback package, the note only because it is ticked.
  const identity = await generateX25519Identity();
  await workstation.goTo('alerts');
  await page.getByRole('button', { name: '导出反馈' }).click();
  const form = page.getByRole('dialog', { name: '导出反馈数据包' });
  await form.getByLabel('沙箱接收方公钥（age1…）').fill(await identityToRecipient(identity));
  await form.getByLabel('包含备注').check();
  await expect(form.getByText('将导出 1 条研判结论。')).toBeVisible();
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await form.getByRole('button', { name: '导出', exact: true }).click();
  // The reload locked the keys: signing asks for the passphrase, then carries on.
  const unlock = page.getByRole('dialog', { name: '解锁密钥' });
  await unlock.getByLabel('口令').fill(TEST_PASSPHRASE);
  await unlock.getByRole('button', { name: '解锁' }).click();
  await expect(form.getByRole('status')).toContainText('已导出 1 条研判结论的反馈数据包。');
  await expect.poll(() => downloads.length).toBe(4);
  const file = async (suffix: string) => {
    const download = downloads.find((item) => item.suggestedFilename().endsWith(suffix));
    if (!download) throw new Error(`no download ending in ${suffix}`);
    return readFile(await download.path());
  };
  const encrypted = await file('feedback.ndjson.gz.age');
  const manifest = JSON.parse((await file('manifest.json')).toString('utf8')) as {
    count: number;
    files: { sha256: string }[];
  };
  expect(manifest.count).toBe(1);
  expect(manifest.files[0]?.sha256).toBe(createHash('sha256').update(encrypted).digest('hex'));
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const lines = gunzipSync(await decrypter.decrypt(encrypted)).toString('utf8').trim().split('\n');
  expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
    expect.objectContaining({
      alert: key.split(':')[1],
      disposition: 'false_positive',
      note: '做市商双边报价，**非**操纵；已核实',
    }),
  ]);
});

test('escalating a high-severity alert waits for a second user’s approval', async ({ page }) => {
  test.setTimeout(150_000);
  const workstation = new Workstation(page);
  const lock = new LockScreen(page);
  const alerts = new AlertsPage(page);
  await startWithDemo(page);
  await lock.lock();
  await lock.createProfile('李审查', '审查员');
  await alerts.open(workstation);
  const key = await alerts.currentKey();

  await alerts.severityField().selectOption({ label: '高' });
  await expect(alerts.detail().getByText('已自动保存')).toBeVisible();
  await alerts.queue().focus();
  await page.keyboard.press('e');
  await page.keyboard.press('1');
  await expect(alerts.message()).toContainText('需另一用户复核同意后生效');
  await expect(alerts.currentRow()).not.toContainText('已上报');
  await expect(alerts.detail().getByText('等待另一位用户复核')).toBeVisible();
  await expect(alerts.detail().getByRole('button', { name: '同意' })).toHaveCount(0);

  await lock.lock();
  await lock.createProfile('王合规', '合规专员');
  await expect(alerts.detail().getByRole('heading', { level: 2 })).toContainText(key.split(':')[1] ?? '');
  await alerts.detail().getByRole('button', { name: '同意' }).click();
  await expect(alerts.currentRow()).toContainText('已上报');

  // The Overview counts the same triage statuses as the Alerts page's tabs (its default period is
  // the whole data span; nothing is snoozed here).
  const tab = async (status: string) =>
    Number(((await alerts.statusTab(status).locator('.status-tab__count').textContent()) ?? '').replace(/[^\d]/g, ''));
  await expect.poll(() => tab('已上报')).toBe(1);
  const counts = { fresh: await tab('新预警'), reviewing: await tab('研判中'), escalated: await tab('已上报') };
  // The Overview counts the queue's alerts: the sandbox's and the local detectors' new ones.
  await workstation.goTo('overview');
  const kpi = async (label: string) => {
    const stat = page.locator('.stat').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
    return Number(((await stat.locator('dd').textContent()) ?? '').replace(/[^\d]/g, ''));
  };
  await expect.poll(() => kpi('已升级'), { timeout: 60_000 }).toBe(counts.escalated);
  expect(await kpi('研判中')).toBe(counts.reviewing);
  expect(await kpi('未结预警')).toBe(counts.fresh + counts.reviewing + counts.escalated);
  expect(counts.fresh).toBeGreaterThan(0);

  await workstation.goTo('audit');
  const entries = page.getByRole('table', { name: '审计日志条目' });
  for (const action of ['alert.review-request', 'alert.review-approve', 'alert.escalate'])
    await expect(entries.getByRole('row').filter({ hasText: action }).filter({ hasText: key })).toHaveCount(1);

  // The escalated alert goes into a new case, with a snapshot of its price chart.
  await workstation.goTo('alerts');
  await expect(alerts.detail().locator('.echart canvas').first()).toBeVisible();
  await alerts.detail().getByRole('button', { name: '加入案件' }).click();
  const picker = page.getByRole('dialog', { name: '加入案件' });
  await picker.getByLabel('或新建案件，名称：').fill('南山区账户组实际控制');
  await picker.getByRole('button', { name: '新建并加入' }).click();
  await expect(picker).toBeHidden();
  await workstation.goTo('cases');
  await page.getByRole('button', { name: '南山区账户组实际控制' }).click();
  await expect(page.getByRole('img', { name: /预警 .+：.+ 行情与交易/ })).toBeVisible();
  await expect(page.getByRole('link', { name: key })).toBeVisible();

  for (const [language, theme] of [
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const) {
    if (language !== workstation.language) await workstation.chooseLanguage(language);
    await workstation.chooseTheme(theme);
    await workstation.goTo('cases');
    await page.getByRole('button', { name: '南山区账户组实际控制' }).click();
    await workstation.screenshot(`cases-${language}-${theme}`);
    await workstation.goTo('alerts');
    await expect(page.locator('.queue [aria-current="true"]')).toBeVisible();
    await workstation.screenshot(`alerts-${language}-${theme}`);
    await page.locator('.alert-detail .echart').nth(1).scrollIntoViewIfNeeded();
    await workstation.screenshot(`alerts-detail-${language}-${theme}`);
    expect(await workstation.unnamedControls(), `unnamed controls on alerts (${language})`).toEqual([]);
  }
});
