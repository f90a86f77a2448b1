import type { Request } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { DatasetsPage } from './pages/datasets';
import { FirstRun, TEST_PASSPHRASE } from './pages/firstRun';
import { SettingsPage } from './pages/settings';
import { Workstation } from './pages/workstation';
import type { ResumeRepository } from './importResumeRepository';
import {
  RESUME_DATASET,
  RESUME_ROWS,
  serveResumeRepository,
  logEvent,
  serverEvents,
} from './importResumeRepository';

const SOURCE_TITLE = '续传测试仓库';
/** The import worker's range reads of a table file (renderer/import: readTableRows). */
const RANGE_BYTES = 2 * 1024 * 1024;
let repository: ResumeRepository;

test.beforeAll(async () => {
  repository = await serveResumeRepository(
    join('test-results', 'fixtures', `resume-repository-${process.pid}`),
  );
});

// A stalled download is told apart by this log: what the page asked for, what reached the server.
// eslint-disable-next-line no-empty-pattern -- Playwright wants a destructuring pattern here
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  const log = serverEvents.join('\n');
  await testInfo.attach('request-log', { body: log, contentType: 'text/plain' });
  console.log(log);
});

test.afterAll(async () => {
  await repository.close();
});

test('a download cut off by a reload carries on from where it stopped, and imports every row', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const named = (request: Request) =>
    `${request.method()} ${request.url()} ${request.headers()['range'] ?? ''}`;
  page.on('console', (message) => logEvent(`console ${message.type()} ${message.text()}`));
  page.on('request', (request) => logEvent(`page request ${named(request)}`));
  page.on('requestfailed', (request) =>
    logEvent(`page failed ${named(request)} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('requestfinished', (request) => logEvent(`page finished ${named(request)}`));
  expect(repository.tradesBytes).toBeGreaterThan(3 * RANGE_BYTES);
  const firstRun = new FirstRun(page);
  await page.goto('./');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.addSourceMyself();
  const workstation = new Workstation(page);
  const settings = new SettingsPage(page);
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
  const datasets = new DatasetsPage(page);

  await datasets.pull(SOURCE_TITLE, RESUME_DATASET.title);
  // The trades file comes one range at a time (first its age header is checked, in small reads):
  // reload once two of the table's ranges have been sent in full.
  const fullRangesSent = () =>
    repository.tradesRequests.filter(
      (request) =>
        request.finished && request.end !== null && request.end - request.start === RANGE_BYTES,
    ).length;
  await expect.poll(fullRangesSent, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(300);
  const before = repository.tradesRequests.length;
  await page.reload();

  await workstation.goTo('settings');
  const dialog = await settings.unlock(TEST_PASSPHRASE);
  await expect(dialog).toBeHidden();
  await workstation.goTo('datasets');
  await datasets.pull(SOURCE_TITLE, RESUME_DATASET.title);
  await expect(page.getByRole('status').filter({ hasText: RESUME_DATASET.title })).toContainText(
    '已导入',
    { timeout: 90_000 },
  );

  // The second pull asked only for what the first had not kept: its first range starts past the
  // ranges sent in full before the reload, and nothing before that was asked for again.
  const afterReload = repository.tradesRequests.slice(before);
  expect(afterReload.length).toBeGreaterThan(0);
  const starts = afterReload.map((request) => request.start);
  expect(Math.min(...starts)).toBeGreaterThanOrEqual(RANGE_BYTES);
  const asked = afterReload.reduce(
    (sum, request) => sum + ((request.end ?? repository.tradesBytes) - request.start),
    0,
  );
  expect(asked).toBeLessThan(repository.tradesBytes - RANGE_BYTES);
  await expect(datasets.importedRow(RESUME_DATASET.id)).toContainText(
    RESUME_ROWS.toLocaleString('zh-CN'),
  );
});
