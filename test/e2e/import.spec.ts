import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { DatasetsPage } from './pages/datasets';
import { FirstRun, TEST_PASSPHRASE } from './pages/firstRun';
import { SettingsPage } from './pages/settings';
import { Workstation, type Language, type Theme } from './pages/workstation';
import type { ServedRepository } from './importRepository';
import {
  EXPIRING_DATASET,
  EXPIRING_IN_DAYS,
  GOOD_DATASET,
  REFUSED_DATASET,
  REFUSED_LINE,
  serveImportRepository,
} from './importRepository';

const SOURCE_TITLE = '测试沙箱仓库';
let repository: ServedRepository;

test.beforeAll(async () => {
  // One folder per worker process: workers run this file's tests side by side.
  repository = await serveImportRepository(
    join('test-results', 'fixtures', `import-repository-${process.pid}`),
  );
});

test.afterAll(async () => {
  await repository.close();
});

/** First run, the test identity, the fixture source; ends on the Datasets page in `language` and `theme`. */
async function setUp(
  page: Page,
  language: Language,
  theme: Theme,
): Promise<{ workstation: Workstation; datasets: DatasetsPage }> {
  const firstRun = new FirstRun(page);
  await page.goto('./');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.addSourceMyself();
  const workstation = new Workstation(page);
  await expect(workstation.heading()).toHaveText('设置');
  if (language !== 'zh-CN') await workstation.chooseLanguage(language);
  await workstation.chooseTheme(theme);
  const settings = new SettingsPage(page, language);
  await settings.importIdentity('测试身份', repository.identity);
  await expect(settings.importDialog()).toBeHidden();
  await settings.fillHttpSource({
    url: repository.url,
    title: SOURCE_TITLE,
    publisherKeyPem: repository.publisherKeyPem,
  });
  await settings.next();
  await settings.confirmAndSave();
  await workstation.goTo('datasets');
  return { workstation, datasets: new DatasetsPage(page, language) };
}

for (const [language, theme] of [
  ['zh-CN', 'light'],
  ['zh-CN', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const) {
  test(`pulls a full version and its delta through the UI, with progress, in ${language} ${theme}`, async ({
    page,
  }) => {
    const { workstation, datasets } = await setUp(page, language, theme);
    const row = datasets.catalogRow(SOURCE_TITLE, GOOD_DATASET.title);
    await expect(row).toContainText(language === 'zh-CN' ? '第 2 版 · 增量' : 'Version 2 · Delta');
    await expect(datasets.pullButton(SOURCE_TITLE, GOOD_DATASET.title)).toContainText(
      language === 'zh-CN' ? '依次拉取第 1–2 版' : 'Pull versions 1–2',
    );
    await datasets.showSizes(SOURCE_TITLE, GOOD_DATASET.title);
    await expect(row).toContainText(language === 'zh-CN' ? '保留至' : 'retained until');

    await datasets.pull(SOURCE_TITLE, GOOD_DATASET.title);
    await expect(datasets.progressPanel(GOOD_DATASET.title)).toBeVisible();
    await datasets.expectStageBars(GOOD_DATASET.title);
    // Once bytes have arrived: a screenshot of a pull under way, not of one about to start.
    await expect
      .poll(() => datasets.stagePercent(GOOD_DATASET.title, 0), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await workstation.unnamedControls()).toEqual([]);
    await workstation.screenshot(`${language}-${theme}-datasets-import-progress`);

    const outcome = page.getByRole('status').filter({ hasText: GOOD_DATASET.title });
    await expect(outcome).toContainText(language === 'zh-CN' ? '已导入' : 'imported', {
      timeout: 60_000,
    });
    await expect(datasets.importedRow(GOOD_DATASET.id)).toContainText('2');
    await expect(row).toContainText(language === 'zh-CN' ? '第 2 版' : 'Version 2');
    await expect(datasets.pullButton(SOURCE_TITLE, GOOD_DATASET.title)).toBeDisabled();
    expect(await workstation.unnamedControls()).toEqual([]);
    await workstation.screenshot(`${language}-${theme}-datasets-imported`);
  });
}

test('a refused package names dataset, version, table and line, and imports nothing', async ({
  page,
}) => {
  const { workstation, datasets } = await setUp(page, 'zh-CN', 'light');
  await datasets.pull(SOURCE_TITLE, REFUSED_DATASET.title);
  const refusal = page.getByRole('alert').filter({ hasText: '已拒绝导入' });
  await expect(refusal).toContainText(`已拒绝导入数据集“${REFUSED_DATASET.title}”第 1 版`, {
    timeout: 60_000,
  });
  await expect(refusal).toContainText('数据行不符合数据字典');
  await expect(refusal).toContainText(`数据表：orders · 第 ${REFUSED_LINE} 行 · 字段：side`);
  await expect(refusal).toContainText('本机数据未作任何更改');
  await refusal.getByText('技术细节（英文）').click();
  await expect(refusal).toContainText('unknown value "X"');
  await expect(page.getByRole('heading', { name: '尚未导入数据集' })).toBeVisible();
  await expect(datasets.catalogRow(SOURCE_TITLE, REFUSED_DATASET.title)).toContainText('尚未导入');
  expect(await workstation.unnamedControls()).toEqual([]);
  await workstation.screenshot('zh-CN-light-datasets-refused');

  await workstation.goTo('audit');
  await expect(page.getByRole('table')).toContainText('import.refused');
});

test('cancelling a pull leaves nothing imported', async ({ page }) => {
  const { workstation, datasets } = await setUp(page, 'en', 'light');
  await datasets.pull(SOURCE_TITLE, GOOD_DATASET.title);
  await expect(datasets.progressPanel(GOOD_DATASET.title)).toBeVisible();
  await datasets.cancelButton(GOOD_DATASET.title).click();
  await expect(page.getByRole('status').filter({ hasText: 'was cancelled' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: 'No dataset imported yet' })).toBeVisible();
  await expect(datasets.catalogRow(SOURCE_TITLE, GOOD_DATASET.title)).toContainText('Not imported');
  await workstation.screenshot('en-light-datasets-cancelled');
});

test('a dataset within a week of its retention deadline is flagged on the page and in the top bar', async ({
  page,
}) => {
  const { workstation, datasets } = await setUp(page, 'zh-CN', 'light');
  await datasets.pull(SOURCE_TITLE, EXPIRING_DATASET.title);
  await expect(datasets.importedRow(EXPIRING_DATASET.id)).toContainText('即将到期', {
    timeout: 60_000,
  });
  await expect(page.getByRole('status').filter({ hasText: '到达保留期限' })).toContainText(
    `数据集“${EXPIRING_DATASET.title}”将于`,
  );
  await expect(page.getByRole('status').filter({ hasText: '到达保留期限' })).toContainText(
    `剩余 ${EXPIRING_IN_DAYS} 天`,
  );
  await expect(
    page.getByRole('banner').getByRole('link', { name: /即将到达保留期限/ }),
  ).toBeVisible();
  await workstation.screenshot('zh-CN-light-datasets-retention-warning');
});
