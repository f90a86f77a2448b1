import { expect, test, type Page } from '@playwright/test';
import { AlertsPage, LockScreen, startWithDemo } from './pages/alerts';
import { Workstation } from './pages/workstation';

/** The `data-alert` keys of the first `count` rows of the queue, in order. */
async function firstKeys(alerts: AlertsPage, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let at = 0; at < count; at += 1)
    keys.push((await alerts.rows().nth(at).getAttribute('data-alert')) ?? '');
  return keys;
}

/** Selects the queue's first two rows by keyboard and gives them a disposition (first reason). */
async function labelTopTwo(page: Page, alerts: AlertsPage, key: '1' | '2', dialog: string) {
  await alerts.queue().focus();
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.keyboard.press(key);
  await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
  await page.keyboard.press('1');
  await expect(alerts.message()).toContainText('2 条预警');
  await page.keyboard.press('Escape');
}

test('confirmed dispositions train the risk model: the queue takes its order, the detail explains it, and review next opens an unlabelled alert', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const workstation = new Workstation(page);
  const lock = new LockScreen(page);
  const alerts = new AlertsPage(page);
  const ranking = page.getByRole('group', { name: '队列排序' });
  const source = page.getByLabel('来源', { exact: true });
  const labelFilter = page.getByRole('search', { name: '筛选预警' }).getByLabel('研判结论');
  await startWithDemo(page);
  await lock.lock();
  await lock.createProfile('李审查', '审查员');
  await alerts.open(workstation);

  // Without confirmed labels the queue keeps the sandbox's score order, and says so.
  await expect(ranking.getByRole('status')).toContainText('暂按沙箱评分排序');
  await expect(ranking.getByRole('status')).toContainText('现有“属实” 0 条、“误报” 0 条');
  const scoreOrder = await firstKeys(alerts, 4);

  // The two highest scores are false alarms; the two highest-scoring alerts only the sandbox raised are true.
  const falseAlarms = scoreOrder.slice(0, 2);
  await labelTopTwo(page, alerts, '2', '“误报”的理由');
  await source.selectOption({ label: '沙箱预警' });
  await expect(alerts.rows().first().locator('.queue__local')).toHaveCount(0);
  const trueOnes = await firstKeys(alerts, 2);
  await labelTopTwo(page, alerts, '1', '“属实”的理由');
  await source.selectOption({ index: 0 });
  // A disposition waits for a second user before it teaches the model.
  await expect(ranking.getByRole('status')).toContainText('暂按沙箱评分排序');

  await lock.lock();
  await lock.createProfile('王合规', '合规专员');
  // The second user confirms the four labels waiting for it; each leaves the filtered list.
  await labelFilter.selectOption({ label: '待复核确认' });
  await expect(alerts.rows()).toHaveCount(4);
  expect((await firstKeys(alerts, 4)).sort()).toEqual([...falseAlarms, ...trueOnes].sort());
  for (let left = 4; left > 0; left -= 1) {
    await alerts.rows().first().click();
    await alerts.detail().getByRole('button', { name: '确认此结论' }).click();
    await expect(alerts.rows()).toHaveCount(left - 1);
  }
  await labelFilter.selectOption({ index: 0 });

  // The model's order replaces the scores: the confirmed true alerts lead, the false alarms sink.
  await expect(ranking.getByRole('status')).toContainText('依据 2 条“属实”、2 条“误报”的已复核标注');
  await expect.poll(async () => (await firstKeys(alerts, 2)).sort()).toEqual([...trueOnes].sort());
  const modelOrder = await firstKeys(alerts, 4);
  expect(modelOrder).not.toEqual(scoreOrder);
  for (const key of falseAlarms) expect(modelOrder).not.toContain(key);
  // The risk column shows the order: highest first.
  const risks = await alerts.rows().locator('.queue__cell--risk').allTextContents();
  expect(risks.map(Number)).toEqual([...risks.map(Number)].sort((a, b) => b - a));

  // The detail shows the risk estimate and what made it up.
  await alerts.rows().nth(2).click();
  const risk = alerts.detail().getByRole('region', { name: /^风险估计/ });
  await expect(risk).toContainText('本机风险模型估计该预警属实的概率为');
  await expect(risk.getByRole('img', { name: '各项对风险估计的贡献' })).toBeVisible();
  const contributions = risk.getByRole('table', { name: '各项对风险估计的贡献（数值）' }).getByRole('row');
  expect(await contributions.count()).toBeGreaterThan(2);

  // Review next (U) opens an alert nobody has labelled, one the model is unsure of.
  await alerts.queue().focus();
  await page.keyboard.press('u');
  await expect(alerts.message()).toContainText('模型对它最不确定');
  const picked = await alerts.currentKey();
  expect([...falseAlarms, ...trueOnes]).not.toContain(picked);
  await expect(alerts.detail().getByText('尚未研判。')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '研判快捷键' }).getByText('复核下一条')).toBeVisible();
  await page.keyboard.press('Escape');
  await workstation.screenshot('learning-zh-CN-light');

  // A reload reuses the model kept on the workstation: same order, nothing trained again.
  await page.reload();
  await expect(ranking.getByRole('status')).toContainText('沿用本机保存的模型');
  expect(await firstKeys(alerts, 4)).toEqual(modelOrder);

  for (const [language, theme] of [
    ['zh-CN', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const) {
    if (language !== workstation.language) await workstation.chooseLanguage(language);
    await workstation.chooseTheme(theme);
    await workstation.goTo('alerts');
    await expect(page.locator('.ranking-bar')).toBeVisible();
    await page.locator('.risk-estimate').scrollIntoViewIfNeeded();
    await workstation.screenshot(`learning-${language}-${theme}`);
  }
});
