// The Overview on the built-in demo: the map is drawn and coloured by the chosen metric, a region's
// panel shows what a direct read of the database counts, and the period moves map and charts together.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DatasetsPage } from './pages/datasets';
import { FirstRun, TEST_PASSPHRASE } from './pages/firstRun';
import { OverviewPage, type Rgba } from './pages/overview';
import { Workstation } from './pages/workstation';

const DEMO_SOURCE = '示范沙箱';
const DEMO_TITLE = '广东 2026年第三季度 演示数据（合成） / Guangdong 2026 Q3 demo (synthetic)';
const GUANGZHOU = '440100';

interface DirectRead {
  alertsInPeriod: number;
  regionAlerts: number;
  regionAccounts: number;
  centroids: Record<string, [number, number]>;
  cities: string[];
  names: Record<string, string>;
}

/** Counts straight from IndexedDB (raw API), as the Overview defines them, for a period of `YYYY-MM-DD` days. */
function readDirectly(page: Page, region: string, period: [string, string]): Promise<DirectRead> {
  return page.evaluate(
    async ({ region, period }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('examiner-workstation');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = <T>(store: string, key?: string) =>
        new Promise<T[]>((resolve, reject) => {
          const source = db.transaction(store).objectStore(store);
          const request = key === undefined ? source.getAll() : source.index('dataset').getAll(key);
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      const [dataset] = await all<{ generation: string }>('datasets');
      const generation = dataset!.generation;
      // The queue's alerts: a local detection that raises a sandbox alert stands in for it.
      const byId = new Map<string, { created: string; accounts: string[] }>();
      for (const store of ['alerts', 'localAlerts'])
        for (const alert of await all<{ id: string; created: string; accounts: string[] }>(store, generation))
          byId.set(alert.id, alert);
      const alerts = [...byId.values()];
      const accounts = await all<{ id: string; region: string }>('accounts', generation);
      const regions = await all<{
        code: string;
        name: string;
        level: string;
        parent?: string | null;
        centroid: [number, number];
      }>('regions', generation);
      const annotations = await all<{ disposition: string | null }>('annotations');
      db.close();
      if (annotations.some((annotation) => annotation.disposition !== null))
        throw new Error('expected no dispositions');
      const parent = new Map(regions.map((r) => [r.code, r.parent ?? null]));
      const within = (code: string | undefined) => {
        for (let at = code ?? null; at !== null; at = parent.get(at) ?? null)
          if (at === region) return true;
        return false;
      };
      const regionOf = new Map(accounts.map((account) => [account.id, account.region]));
      // Days of the jurisdiction's calendar (+08:00).
      const day = (ts: string) =>
        new Date(Math.floor((Date.parse(ts) + 8 * 3_600_000) / 86_400_000) * 86_400_000)
          .toISOString()
          .slice(0, 10);
      const inPeriod = alerts.filter(
        (alert) => day(alert.created) >= period[0] && day(alert.created) <= period[1],
      );
      const touching = inPeriod.filter((alert) =>
        alert.accounts.some((id) => within(regionOf.get(id))),
      );
      const regionAccounts = new Set(
        touching.flatMap((alert) => alert.accounts.filter((id) => within(regionOf.get(id)))),
      );
      return {
        alertsInPeriod: inPeriod.length,
        regionAlerts: touching.length,
        regionAccounts: regionAccounts.size,
        centroids: Object.fromEntries(regions.map((r) => [r.code, r.centroid])),
        cities: regions.filter((r) => r.level === 'city').map((r) => r.code),
        names: Object.fromEntries(regions.map((r) => [r.code, r.name])),
      };
    },
    { region, period },
  );
}

async function shownPeriod(page: Page): Promise<[string, string]> {
  const text = (await page.locator('.overview').getAttribute('data-period')) ?? '';
  return [text.slice(0, 10), text.slice(11)];
}

async function kpi(page: Page, label: string): Promise<number> {
  const stat = page
    .locator('.stat')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
  return Number(((await stat.locator('dd').textContent()) ?? '').replace(/[^\d]/g, ''));
}

const differing = (a: Rgba[], b: Rgba[]) =>
  a.filter((pixel, i) => pixel.some((channel, c) => Math.abs(channel - (b[i]![c] ?? 0)) > 6))
    .length;

test('the Overview maps the demo, drills into a region and follows the period', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const workstation = new Workstation(page);
  const firstRun = new FirstRun(page);
  const datasets = new DatasetsPage(page);
  const overview = new OverviewPage(page);

  await page.goto('./');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.chooseDemo();
  await datasets.pull(DEMO_SOURCE, DEMO_TITLE);
  await expect(page.getByRole('status').filter({ hasText: DEMO_TITLE })).toContainText('已导入', {
    timeout: 200_000,
  });

  await workstation.goTo('overview');
  await overview.mapSettled();
  const whole = await shownPeriod(page);
  const direct = await readDirectly(page, GUANGZHOU, whole);
  expect(direct.cities.length).toBeGreaterThan(10);
  expect(await kpi(page, '未结预警')).toBe(direct.alertsInPeriod);

  // Region fills follow the metric: sample just below each city's label.
  const points = await overview.centroidPoints(
    Object.fromEntries(direct.cities.map((code) => [code, direct.centroids[code]!])),
  );
  const samples = direct.cities.map((code) => ({ x: points[code]!.x, y: points[code]!.y + 11 }));
  await overview.chooseHeat('不显示');
  const byAlerts = await overview.pixels(samples);
  await overview.chooseMetric('成交金额（元）');
  const byTurnover = await overview.pixels(samples);
  expect(differing(byAlerts, byTurnover)).toBeGreaterThan(2);
  // The activity heat layer draws (HeatmapLayer under software WebGL).
  await overview.chooseHeat('交易密度');
  expect(differing(byTurnover, await overview.pixels(samples))).toBeGreaterThan(0);
  await overview.chooseMetric('未结预警数');

  // The map and each chart export as PNG through the host's save path (a download here).
  for (const what of ['风险地图', '预警类型分布']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `将“${what}”导出为 PNG 图片` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(5_000);
  }

  // Clicking Guangzhou opens its panel with the counts a direct read gives.
  await overview.clickRegion(direct.centroids[GUANGZHOU]!);
  const name = direct.names[GUANGZHOU]!;
  await expect(overview.panel(name)).toBeVisible();
  expect(await overview.figure(name, 'openAlerts')).toBe(direct.regionAlerts);
  expect(await overview.figure(name, 'accountsUnderAlert')).toBe(direct.regionAccounts);
  await expect(overview.breadcrumb().getByRole('button', { name: '广东省' })).toBeVisible();
  const recent = overview
    .panel(name)
    .getByRole('link', { name: /在预警页打开预警/ })
    .first();
  if (direct.regionAlerts > 0)
    await expect(recent).toHaveAttribute('href', /#\/alerts\?alert=gd-2026q3-demo%3A/);

  // A shorter period changes the map, the panel and the KPIs alike.
  const mapBefore = await overview.pixels(samples);
  await overview.choosePreset('近 7 天');
  const week = await shownPeriod(page);
  expect(week).not.toEqual(whole);
  const directWeek = await readDirectly(page, GUANGZHOU, week);
  await expect.poll(() => overview.figure(name, 'openAlerts')).toBe(directWeek.regionAlerts);
  expect(await overview.figure(name, 'accountsUnderAlert')).toBe(directWeek.regionAccounts);
  expect(await kpi(page, '未结预警')).toBe(directWeek.alertsInPeriod);
  expect(directWeek.alertsInPeriod).toBeLessThan(direct.alertsInPeriod);
  expect(differing(mapBefore, await overview.pixels(samples))).toBeGreaterThan(0);

  // Back up to the province with the breadcrumb.
  await overview.breadcrumb().getByRole('button', { name: '广东省' }).click();
  await expect(overview.panel('广东省')).toBeVisible();
  await overview.choosePreset('全部');

  // The map and a chart go into a new case as evidence, with the view they were taken of.
  await page.getByRole('button', { name: '将“风险地图”加入案件' }).click();
  const picker = page.getByRole('dialog', { name: '加入案件' });
  await picker.getByLabel('或新建案件，名称：').fill('广东省预警分布');
  await picker.getByRole('button', { name: '新建并加入' }).click();
  await expect(picker).toBeHidden();
  await page.getByRole('button', { name: '将“预警类型分布”加入案件' }).click();
  await picker.getByRole('button', { name: '广东省预警分布' }).click();
  await expect(picker).toBeHidden();
  const evidence = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('examiner-workstation');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<
      {
        kind: string;
        image: string;
        createdAt: string;
        provenance: { view: string; parameters: Record<string, unknown> };
      }[]
    >((resolve, reject) => {
      const request = db.transaction('evidence').objectStore('evidence').getAll();
      request.onsuccess = () => resolve(request.result as never);
      request.onerror = () => reject(request.error);
    });
    db.close();
    rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return rows.map((row) => ({
      kind: row.kind,
      png: row.image.startsWith('data:image/png;base64,'),
      ...row.provenance,
    }));
  });
  const [from, to] = await shownPeriod(page);
  expect(evidence).toEqual(
    ['map', 'chart'].map((kind, i) =>
      expect.objectContaining({
        kind,
        png: true,
        view: 'overview',
        parameters: expect.objectContaining({
          picture: ['map', 'typologies'][i],
          metric: 'openAlerts',
          region: '440000',
          period: { from, to },
        }),
      }),
    ),
  );

  // Tall enough for the whole page in each screenshot.
  await page.setViewportSize({ width: 1366, height: 1500 });
  await overview.mapSettled();
  await page.screenshot({ path: 'test-results/screenshots/overview-zh-CN-light.png' });

  await workstation.chooseTheme('dark');
  await workstation.goTo('overview');
  await overview.mapSettled();
  await page.screenshot({ path: 'test-results/screenshots/overview-zh-CN-dark.png' });
  await workstation.chooseLanguage('en');
  const overviewEn = new OverviewPage(page, 'en');
  await workstation.goTo('overview');
  await overviewEn.mapSettled();
  await page.screenshot({ path: 'test-results/screenshots/overview-en-dark.png' });
  await workstation.chooseTheme('light');
  await workstation.goTo('overview');
  await overviewEn.mapSettled();
  await page.screenshot({ path: 'test-results/screenshots/overview-en-light.png' });
  expect(await workstation.unnamedControls()).toEqual([]);
});
