import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { analyseDataset } from '../../shared/analytics/detectors';
import { dedupAgainstSandbox } from '../../shared/analytics/dedup';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { pullIntoMemory } from '../../scripts/analyze/pullIntoMemory';
import { repositoryReaderFor } from '../../scripts/sandbox/readers';
import { DatasetsPage } from './pages/datasets';
import { FirstRun, TEST_PASSPHRASE } from './pages/firstRun';
import { Workstation } from './pages/workstation';

const DEMO_SOURCE = '示范沙箱';
const DEMO_TITLE = '广东 2026年第三季度 演示数据（合成） / Guangdong 2026 Q3 demo (synthetic)';

/**
 * The demo repository's alerts after both versions, read directly with the same checks, plus the
 * local detections that match none of them (those that match raise a sandbox alert instead).
 */
async function expectedDemoAlerts(): Promise<number> {
  const trusted = trustedKeyFromPem(
    readFileSync('assets/demo-keys/demo-publisher.pub.pem', 'utf8'),
  );
  const identities = parseIdentityFile(readFileSync('assets/demo-keys/demo-identity.txt', 'utf8'));
  const [report] = await pullIntoMemory(
    repositoryReaderFor('assets/demo-repository'),
    [trusted],
    identities,
    () => {},
  );
  const sandbox = [...report!.dataset.rows('alerts')];
  const { alerts } = await analyseDataset(report!.dataset);
  return sandbox.length + dedupAgainstSandbox(alerts, sandbox).fresh.length;
}

test('first start lands on a workstation that pulls the built-in demo in one click', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const expectedAlerts = await expectedDemoAlerts();
  const workstation = new Workstation(page);
  const firstRun = new FirstRun(page);
  const datasets = new DatasetsPage(page);
  await page.goto('./');
  // Until the steps are done the top bar names them, not a page the user cannot see yet.
  await expect(workstation.heading()).toHaveText('首次使用设置');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.chooseDemo();
  await expect(workstation.heading()).toHaveText('数据集');

  await datasets.pull(DEMO_SOURCE, DEMO_TITLE);
  const outcome = page.getByRole('status').filter({ hasText: DEMO_TITLE });
  await expect(outcome).toContainText('已导入', { timeout: 200_000 });
  // Version 1 (full) and then its delta, version 2, are both applied.
  await expect(datasets.importedRow('gd-2026q3-demo').getByRole('cell').nth(2)).toHaveText('2');
  await expect(datasets.importedRow('gd-2026q3-demo').getByRole('cell').nth(3)).toHaveText('增量');
  await workstation.screenshot('zh-CN-light-datasets-demo-imported');

  await workstation.goTo('alerts');
  // Local detection runs over the new version as the page opens.
  await expect(page.getByText(`已导入的数据集中共有 ${expectedAlerts} 条预警。`)).toBeVisible({
    timeout: 60_000,
  });
});
