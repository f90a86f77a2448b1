import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { analyseDataset } from '../../shared/analytics/detectors';
import { dedupAgainstSandbox } from '../../shared/analytics/dedup';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { pullIntoMemory } from '../../scripts/analyze/pullIntoMemory';
import { repositoryReaderFor } from '../../scripts/sandbox/readers';
import { AlertsPage, startWithDemo } from './pages/alerts';
import { Workstation } from './pages/workstation';

/** The demo pulled in Node and analysed directly: what the app's worker must find. */
async function expectedDetection() {
  const trusted = trustedKeyFromPem(readFileSync('assets/demo-keys/demo-publisher.pub.pem', 'utf8'));
  const identities = parseIdentityFile(readFileSync('assets/demo-keys/demo-identity.txt', 'utf8'));
  const [report] = await pullIntoMemory(
    repositoryReaderFor('assets/demo-repository'),
    [trusted],
    identities,
    () => {},
  );
  const sandbox = [...report!.dataset.rows('alerts')];
  const { alerts } = await analyseDataset(report!.dataset);
  const { fresh, raised } = dedupAgainstSandbox(alerts, sandbox);
  return { sandbox: sandbox.length, fresh: fresh.map((alert) => alert.id), raised: raised.length };
}

test('local detection runs after the demo is pulled; the queue lists its alerts with their explanation', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const expected = await expectedDetection();
  expect(expected.fresh.length).toBeGreaterThan(0);
  const workstation = new Workstation(page);
  const alerts = new AlertsPage(page);
  await startWithDemo(page);
  await workstation.goTo('alerts');

  const panel = page.getByRole('region', { name: '本机检测' });
  await expect(panel.getByRole('status')).toContainText(
    `新增 ${expected.fresh.length} 条，提升沙箱预警 ${expected.raised} 条`,
    { timeout: 60_000 },
  );
  // Raised sandbox alerts are listed once; the new ones add to the queue.
  await expect(page.getByText(`已导入的数据集中共有 ${expected.sandbox + expected.fresh.length} 条预警。`)).toBeVisible();

  const source = page.getByLabel('来源', { exact: true });
  await source.selectOption({ label: '经本机检测提升' });
  await expect(page.getByText(`当前显示 ${expected.raised} 条`)).toBeVisible();
  await source.selectOption({ label: '本机检测' });
  await expect(page.getByText(`当前显示 ${expected.fresh.length} 条`)).toBeVisible();
  for (const id of expected.fresh) await expect(alerts.rows().filter({ hasText: id })).toHaveCount(1);

  await alerts.rows().first().click();
  const detail = alerts.detail();
  await expect(detail.locator('.alert-detail__facts')).toContainText('本机检测');
  await expect(detail.locator('.alert-detail__facts')).toContainText('workstation-local/1');
  const features = detail.getByRole('table', { name: '特征取值与贡献' });
  await expect(features.getByRole('row').nth(1).getByRole('cell').first().locator('.feature-source')).toHaveText('本机');
  await expect(detail.getByRole('img', { name: '各特征对评分的贡献' })).toBeVisible();

  // A raised sandbox alert shows its own features beside local detection's, and its old score.
  await source.selectOption({ label: '经本机检测提升' });
  await alerts.rows().first().click();
  await expect(detail.locator('.alert-detail__raised')).toContainText('本机检测印证后提升至');
  await expect(features.locator('.feature-source', { hasText: '本机' }).first()).toBeVisible();
  await expect(features.locator('.feature-source', { hasText: '沙箱' }).first()).toBeVisible();

  // Run on demand: the outcome is the same, and the run is in the audit log.
  await panel.getByRole('button', { name: '运行本机检测' }).click();
  await expect(panel.getByRole('status')).toContainText(
    `新增 ${expected.fresh.length} 条，提升沙箱预警 ${expected.raised} 条`,
    { timeout: 60_000 },
  );

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
    await expect(page.locator('#alert-detail-title')).toBeVisible();
    await workstation.screenshot(`detection-queue-${language}-${theme}`);
    await page
      .getByLabel(language === 'en' ? 'Source' : '来源', { exact: true })
      .selectOption({ label: language === 'en' ? 'Local detection' : '本机检测' });
    await page.locator('.queue [role="row"][data-alert]').first().click();
    await page.locator('.alert-detail table').first().scrollIntoViewIfNeeded();
    await workstation.screenshot(`detection-detail-${language}-${theme}`);
    expect(await workstation.unnamedControls(), `unnamed controls on alerts (${language})`).toEqual([]);
  }
});
