import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DatasetsPage } from './pages/datasets';
import { FirstRun, TEST_PASSPHRASE } from './pages/firstRun';
import { GraphPage } from './pages/graph';
import { Workstation, type Language, type Theme } from './pages/workstation';

const DEMO_SOURCE = '示范沙箱';
const DEMO_TITLE = '广东 2026年第三季度 演示数据（合成） / Guangdong 2026 Q3 demo (synthetic)';
const DATASET = 'gd-2026q3-demo';

interface GroundTruth {
  schemes: { id: string; accounts: { id: string }[]; alerts: string[] }[];
  benign: { kind: string; accounts: string[] }[];
}
const truth = JSON.parse(readFileSync('assets/demo-ground-truth.json', 'utf8')) as GroundTruth;
// S05: six accounts, two device groups, one funder; its alert names them all.
const ring = truth.schemes.find((scheme) => scheme.id === 'S05')!;
const natAccounts = new Set(
  truth.benign.filter((b) => b.kind === 'shared_nat_ip').flatMap((b) => b.accounts),
);

test('from a ring alert, two expansions show the whole ring and no NAT look-alike', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const workstation = new Workstation(page);
  const graph = new GraphPage(page);
  await page.goto('./');
  await new FirstRun(page).createKeys(TEST_PASSPHRASE);
  await new FirstRun(page).chooseDemo();
  await new DatasetsPage(page).pull(DEMO_SOURCE, DEMO_TITLE);
  await expect(page.getByRole('status').filter({ hasText: DEMO_TITLE })).toContainText('已导入', {
    timeout: 200_000,
  });

  await graph.openFromAlert(DATASET, ring.alerts[0]!);
  await graph.expandAll();
  await graph.expandAll();
  const ids = await graph.nodeIds();
  expect(ring.accounts.map((account) => account.id).filter((id) => !ids.includes(id))).toEqual([]);
  expect(ids.filter((id) => natAccounts.has(id))).toEqual([]);

  // The shortest path between two ring members runs inside the ring.
  const [first, , , , , last] = ring.accounts.map((account) => account.id);
  const path = await graph.pathBetween(first!, last!);
  expect(path).toContain(first!);
  expect(path).toContain(last!);

  const side = page.getByRole('complementary', { name: '所选节点详情' });
  await expect(side.getByText(/^标识（\d+）$/)).toBeVisible();
  await expect(side.getByText('•••').first()).toBeVisible();

  // The drawing with its node and tie list, then the accounts on it, go into a new case.
  await graph.toolbar().getByRole('button', { name: '图谱快照加入案件' }).click();
  const picker = page.getByRole('dialog', { name: '加入案件' });
  await picker.getByLabel('或新建案件，名称：').fill('S05 账户组');
  await picker.getByRole('button', { name: '新建并加入' }).click();
  await expect(picker).toBeHidden();
  await graph.toolbar().getByRole('button', { name: '图中账户加入案件' }).click();
  await picker.getByRole('button', { name: 'S05 账户组' }).click();
  await expect(picker).toBeHidden();
  await workstation.goTo('cases');
  await page.getByRole('button', { name: 'S05 账户组' }).click();
  const snapshot = page.getByRole('img', {
    name: /^关联图谱：自预警 .+ 打开（\d+ 个节点、\d+ 条连线）$/,
  });
  await expect(snapshot).toBeVisible();
  expect(await snapshot.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(
    100,
  );
  const evidence = page.locator('.evidence').filter({ has: snapshot });
  for (const id of [first!, last!])
    await expect(evidence.getByRole('cell', { name: id, exact: true }).first()).toBeVisible();
  const members = page.locator('section[aria-labelledby="case-accounts"]');
  for (const account of ring.accounts)
    await expect(members.getByText(`${DATASET}:${account.id}`, { exact: true })).toBeVisible();

  const views: [Language, Theme][] = [
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
    ['en', 'dark'],
    ['en', 'light'],
  ];
  for (const [language, theme] of views) {
    if (workstation.language !== language) await workstation.chooseLanguage(language);
    await workstation.chooseTheme(theme);
    graph.language = language;
    await workstation.goTo('graph');
    await expect(graph.nodeTable()).toBeVisible();
    expect(await graph.nodeIds()).toEqual(ids);
    expect(await workstation.unnamedControls(), `unnamed controls, ${language}`).toEqual([]);
    await page.locator('.graph-toolbar').scrollIntoViewIfNeeded();
    await page
      .locator('.graph-toolbar')
      .evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await workstation.screenshot(`graph-${language}-${theme}`);
  }
  // The lower half: filters with the set-aside values, and the node table.
  await page
    .locator('.graph-filter')
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await workstation.screenshot('graph-en-light-filters');
});
