import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { AlertsPage, LockScreen, startWithDemo } from './pages/alerts';
import { BackupSection } from './pages/backup';
import { TEST_PASSPHRASE } from './pages/firstRun';
import { ReportsPage } from './pages/reports';
import { Workstation } from './pages/workstation';

const OUT = 'test-results/backup';
const RING_ALERT = 'AL26Q3-0002';
const BACKUP_PASSPHRASE = 'backup passphrase 2026';

test('work backed up on one workstation restores on another with the audit chain verifying', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  const workstation = new Workstation(page);
  await startWithDemo(page);
  await new LockScreen(page).lock();
  await new LockScreen(page).createProfile('李审查', '审查员');

  // Work to keep: a disposition on an alert, and a case with its report.
  const alerts = new AlertsPage(page);
  await alerts.open(workstation);
  await alerts.queue().focus();
  const alertKey = await alerts.currentKey();
  await page.keyboard.press('2');
  await page.keyboard.press('2');
  await expect(alerts.message()).toContainText('认定为“误报”');
  await workstation.goTo('reports');
  const reports = new ReportsPage(page);
  await reports.draftFromAlerts('caseReport', '对倒团伙 S01', RING_ALERT);
  await reports.waitSaved();
  await reports.backToList();

  await workstation.goTo('settings');
  const backup = new BackupSection(page);
  const file = `${OUT}/workstation-backup.json`;
  await backup.exportWithPassphrase(BACKUP_PASSPHRASE, file, TEST_PASSPHRASE);
  await expect(backup.section().getByRole('status').first()).toContainText('备份已保存');
  const text = readFileSync(file, 'utf8');
  expect(text).not.toContain('对倒团伙');

  // A tampered copy is refused before anything is decrypted.
  const tampered = JSON.parse(text) as { header: { createdAt: string } };
  tampered.header.createdAt = '2020-01-01T00:00:00.000Z';
  writeFileSync(`${OUT}/tampered.json`, JSON.stringify(tampered));

  // Another workstation: a fresh browser profile with its own keys.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherStation = new Workstation(otherPage);
  await otherStation.open();
  await otherStation.goTo('settings');
  const restore = new BackupSection(otherPage);
  await restore.choose(`${OUT}/tampered.json`);
  await expect(restore.status()).toContainText('签名与内容不符');
  await restore.choose(file);
  await expect(restore.signer()).toHaveText(/^[0-9a-f]{64}$/);
  await expect(restore.section()).toContainText('另一台工作站签名');
  await restore.restore('wrong passphrase!');
  await expect(restore.status()).toContainText('口令不正确');
  await restore.restore(BACKUP_PASSPHRASE);
  await expect(restore.status()).toContainText('已恢复');

  // The work is there, and the chain verifies with the restore recorded at its end.
  await otherStation.goTo('cases');
  await expect(otherPage.getByText('对倒团伙 S01').first()).toBeVisible();
  await otherStation.goTo('reports');
  await expect(otherPage.getByText('对倒团伙 S01').first()).toBeVisible();
  await otherStation.goTo('audit');
  await expect(otherPage.getByRole('row').filter({ hasText: 'backup.restore' })).toHaveCount(1);
  await expect(
    otherPage
      .getByRole('row')
      .filter({ hasText: 'alert.disposition' })
      .filter({ hasText: alertKey }),
  ).toHaveCount(1);
  await otherPage.getByRole('button', { name: '校验哈希链' }).click();
  await expect(otherPage.getByText(/哈希链完整/)).toBeVisible();

  // Screenshots of the section in both languages and themes.
  await otherStation.goTo('settings');
  for (const language of ['zh-CN', 'en'] as const) {
    await otherStation.chooseLanguage(language);
    for (const theme of ['light', 'dark'] as const) {
      await otherStation.chooseTheme(theme);
      await new BackupSection(otherPage, language).section().scrollIntoViewIfNeeded();
      await new BackupSection(otherPage, language).section().screenshot({
        path: `test-results/screenshots/backup-${language}-${theme}.png`,
      });
    }
  }
  await other.close();
});
