import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { pullIntoMemory } from '../../scripts/analyze/pullIntoMemory';
import { repositoryReaderFor } from '../../scripts/sandbox/readers';
import { DatasetsPage } from './pages/datasets';
import { FirstRun, TEST_PASSPHRASE } from './pages/firstRun';
import { ReportsPage } from './pages/reports';
import { Workstation } from './pages/workstation';

const DEMO_SOURCE = '示范沙箱';
const DEMO_TITLE = '广东 2026年第三季度 演示数据（合成） / Guangdong 2026 Q3 demo (synthetic)';
/** The wash-trading ring S01 of the demo (docs/demo-data.md) and the alert that caught it. */
const RING_ALERT = 'AL26Q3-0002';
const OUT = 'test-results/reports';

interface Expected {
  accounts: string[];
  instruments: string[];
  amount: string;
  amountEn: string;
  count: number;
  /** The count as the findings sentence prints it (`共成交 1,234 笔`). */
  countText: string;
  alertsInQuarter: number;
}

/** The facts the report must state, computed straight from the demo repository, not through the app. */
async function expectedFacts(): Promise<Expected> {
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
  const dataset = report!.dataset;
  const alerts = [...dataset.rows('alerts')];
  const alert = alerts.find((a) => a.id === RING_ALERT)!;
  const from = Date.parse(alert.window.from);
  const to = Date.parse(alert.window.to);
  let fen = 0;
  let count = 0;
  for (const trade of dataset.rows('trades')) {
    const at = Date.parse(trade.ts);
    if (
      !alert.accounts.includes(trade.account) ||
      !alert.instruments.includes(trade.instrument) ||
      at < from ||
      at > to
    )
      continue;
    fen += Math.round(trade.price * trade.qty * 100);
    count += 1;
  }
  const quarterFrom = Date.parse('2026-07-01T00:00:00+08:00');
  const quarterTo = Date.parse('2026-09-30T23:59:59.999+08:00');
  return {
    accounts: [...alert.accounts].sort(),
    instruments: alert.instruments,
    amount: `${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100)}元`,
    amountEn: `CNY ${new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100)}`,
    count,
    countText: new Intl.NumberFormat('zh-CN').format(count),
    alertsInQuarter: alerts.filter(
      (a) => Date.parse(a.created) >= quarterFrom && Date.parse(a.created) <= quarterTo,
    ).length,
  };
}

/** Keeps the HTML the app hands to the browser's print path (browserHost → printHtml's frame). */
async function capturePrintedHtml(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const printed: string[] = [];
    (window as unknown as { __printed: string[] }).__printed = printed;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.addedNodes))
          if (node instanceof HTMLIFrameElement && node.srcdoc) printed.push(node.srcdoc);
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The hashes the audit log records for final report versions, read straight from IndexedDB. */
function auditedFinalHashes(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('examiner-workstation');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('audit').objectStore('audit').getAll();
          request.onsuccess = () => {
            const entries = request.result as { action: string; after?: { hash?: string } }[];
            resolve(
              entries.filter((e) => e.action === 'report.final').map((e) => e.after?.hash ?? ''),
            );
            open.result.close();
          };
        };
      }),
  );
}

/** The text of each paragraph of a DOCX's word/document.xml (runs joined, tags dropped). */
function docxParagraphs(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((part) =>
      [...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>'),
    )
    .filter((text) => text !== '');
}

/** Renders the HTML the app printed into a PDF, as Electron's printToPDF does, and returns its text. */
async function printToPdf(page: Page, context: BrowserContext, path: string): Promise<string> {
  const html = await page.evaluate(
    () => (window as unknown as { __printed: string[] }).__printed.at(-1) ?? '',
  );
  expect(html).toContain('<!doctype html>');
  writeFileSync(path.replace(/\.pdf$/, '.html'), html);
  const printPage = await context.newPage();
  await printPage.setContent(html, { waitUntil: 'load' });
  await printPage.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await printPage.close();
  return sh('pdftotext', ['-layout', path, '-']);
}

function sh(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

test('a planted ring becomes a case report whose figures match the data, edits persist, versions diff, PDF and DOCX carry the facts', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  mkdirSync(OUT, { recursive: true });
  mkdirSync('test-results/screenshots', { recursive: true });
  const expected = await expectedFacts();
  expect(expected.count).toBeGreaterThan(0);
  await capturePrintedHtml(page);
  const workstation = new Workstation(page);
  const firstRun = new FirstRun(page);
  const datasets = new DatasetsPage(page);
  const reports = new ReportsPage(page);

  await page.goto('./');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.chooseDemo();
  await datasets.pull(DEMO_SOURCE, DEMO_TITLE);
  await expect(page.getByRole('status').filter({ hasText: DEMO_TITLE })).toContainText('已导入', {
    timeout: 200_000,
  });

  // Build the case from the ring's alert on the Reports page and draft its report.
  await workstation.goTo('reports');
  await reports.draftFromAlerts('caseReport', '对倒团伙 S01', RING_ALERT);
  const documentText = reports.document();
  for (const account of expected.accounts) await expect(documentText).toContainText(account);
  for (const instrument of expected.instruments)
    await expect(documentText).toContainText(instrument);
  await expect(documentText).toContainText(expected.amount);
  await workstation.screenshot('reports-zh-CN-light');

  // The total's provenance: the query and the trades behind it.
  const provenance = await reports.openProvenance(expected.amount);
  await expect(provenance).toContainText('sum(price*qty)');
  await expect(provenance).toContainText(
    `trades where account in (${expected.accounts.join(', ')})`,
  );
  await expect(provenance).toContainText(`${expected.count} 行`);
  await expect(provenance.locator('tbody tr')).toHaveCount(Math.min(200, expected.count));
  await workstation.screenshot('reports-provenance-zh-CN-light');
  await reports.closeDialog();

  // Edit around a figure: type at the end of the sentence that holds the total, and under a heading.
  const findings = documentText.locator('section[data-section="findings"]');
  await findings.getByRole('heading', { level: 3 }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type('（分析员按：交易集中于尾盘）');
  await reports.waitSaved();
  await page.reload();
  await expect(reports.document()).toBeVisible();
  const sentence = reports.document().locator('p', { hasText: expected.amount }).first();
  await expect(sentence).toContainText('（分析员按：交易集中于尾盘）');
  const again = await reports.openProvenance(expected.amount);
  await expect(again).toContainText('sum(price*qty)');
  await reports.closeDialog();

  // Redrafting another section keeps that edit, and the evidence index names the new records.
  const index = reports.document().locator('section[data-section="annex-evidence"]');
  const relatedIds = () =>
    reports
      .document()
      .locator('section[data-section="related"] [data-provenance]')
      .evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-provenance')))]);
  await reports.redraft('三、关联账户分析');
  await expect(sentence).toContainText('（分析员按：交易集中于尾盘）');
  const ids = await relatedIds();
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) await expect(index).toContainText(id!);
  await expect(index.locator('tr', { hasText: expected.amount }).first()).toBeVisible();

  // Two versions and their diff.
  await reports.saveVersion();
  await expect(page.getByText('已保存第 1 版。')).toBeVisible();
  await reports
    .document()
    .locator('section[data-section="dispositions"]')
    .getByRole('heading', { level: 2 })
    .click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第二版补充：建议调取银行流水。');
  await reports.waitSaved();
  await reports.saveVersion();
  await expect(page.getByText('已保存第 2 版。')).toBeVisible();
  await expect(page.getByTestId('version-diff').locator('ins')).toContainText(
    '第二版补充：建议调取银行流水。',
  );

  // PDF: the browser host prints the app's HTML; Chromium's print-to-PDF renders it, as Electron's printToPDF does.
  await reports.exportPdfButton().click();
  await expect(page.getByText('已打开打印对话框')).toBeVisible();
  const pdfText = await printToPdf(page, context, `${OUT}/case-report.pdf`);
  for (const account of expected.accounts) expect(pdfText).toContain(account);
  for (const instrument of expected.instruments) expect(pdfText).toContain(instrument);
  // The findings sentence, wrapped over lines: the count and the total as the database has them.
  const pdfFlat = pdfText.replace(/\s+/g, '');
  expect(pdfFlat).toContain(`共成交${expected.countText}笔`);
  expect(pdfFlat).toContain(`成交金额${expected.amount}`);
  expect(pdfText).toContain('对倒团伙 S01');
  // The cover is page 1 and carries no number; the body's pages read `n / total`.
  expect(pdfText).toMatch(/\b2\s*\/\s*\d+\b/);
  sh('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    '1',
    '-l',
    '4',
    `${OUT}/case-report.pdf`,
    'test-results/screenshots/reports-pdf-page',
  ]);

  // DOCX: the download, unzipped.
  const download = page.waitForEvent('download');
  await reports.exportDocxButton().click();
  await (await download).saveAs(`${OUT}/case-report.docx`);
  const xml = sh('unzip', ['-p', `${OUT}/case-report.docx`, 'word/document.xml']);
  // The findings sentence is one paragraph: every ring account, the instrument, the count and the total.
  const paragraphs = docxParagraphs(xml);
  const finding = paragraphs.find((text) => text.includes(`成交金额 ${expected.amount}`));
  expect(finding, 'the findings sentence in word/document.xml').toBeDefined();
  for (const account of expected.accounts) expect(finding).toContain(account);
  for (const instrument of expected.instruments) expect(finding).toContain(instrument);
  expect(finding).toContain(`共成交 ${expected.countText} 笔`);
  expect(finding).toContain('（分析员按：交易集中于尾盘）');
  // The alert list annex names the ring alert in a table cell of its own.
  expect(paragraphs.filter((text) => text.endsWith(`:${RING_ALERT}`))).not.toHaveLength(0);
  expect(sh('unzip', ['-p', `${OUT}/case-report.docx`, 'word/styles.xml'])).toContain(
    'w:eastAsia="SimSun"',
  );
  expect(sh('unzip', ['-l', `${OUT}/case-report.docx`])).toMatch(/word\/media\/.+\.png/);
  expect(sh('unzip', ['-p', `${OUT}/case-report.docx`, 'word/footer1.xml'])).toContain('PAGE');

  // Final: locked, and the hash in the audit log.
  const reportUrl = page.url();
  await reports.finalize();
  const finalMessage = page.getByRole('status').filter({ hasText: 'SHA-256' });
  await expect(finalMessage).toBeVisible();
  const hash = /SHA-256：([0-9a-f]{64})/.exec((await finalMessage.textContent()) ?? '')?.[1];
  expect(hash).toBeTruthy();
  await expect(reports.document()).toHaveAttribute('contenteditable', 'false');
  await reports.backToList();
  await workstation.goTo('audit');
  await expect(page.getByRole('cell', { name: 'report.final' })).toBeVisible();
  expect(await auditedFinalHashes(page)).toContain(hash);

  // The jurisdiction report needs no case.
  await workstation.goTo('reports');
  await reports.draftJurisdiction();
  await expect(reports.document()).toContainText(`期内共产生预警 ${expected.alertsInQuarter} 条`);
  await expect(reports.document().locator('img').first()).toBeVisible();

  await workstation.screenshot('reports-jurisdiction-zh-CN-light');

  // The editor in the dark theme.
  await reports.backToList();
  await workstation.chooseTheme('dark');
  await page.goto(reportUrl);
  await expect(reports.document()).toBeVisible();
  await workstation.screenshot('reports-zh-CN-dark');

  // In English: a lead referral drafted in English, from the same ring.
  await reports.backToList();
  await workstation.chooseTheme('light');
  await workstation.chooseLanguage('en');
  await workstation.goTo('reports');
  const reportsEn = new ReportsPage(page, 'en');
  await reportsEn.draftFromAlerts('referral', 'Ring S01', RING_ALERT);
  const referral = reportsEn.document();
  await expect(referral).toContainText('Referral of the lead: Ring S01');
  await expect(referral).toContainText('Parties (account groups)');
  for (const account of expected.accounts) await expect(referral).toContainText(account);
  await expect(referral).toContainText(expected.amountEn);
  await workstation.screenshot('reports-en-light');
  await reportsEn.exportPdfButton().click();
  await expect(page.getByText('print dialog')).toBeVisible();
  const referralPdf = await printToPdf(page, context, `${OUT}/referral-en.pdf`);
  for (const account of expected.accounts) expect(referralPdf).toContain(account);
  expect(referralPdf.replace(/\s+/g, ' ')).toContain(expected.amountEn);
  sh('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    '1',
    '-l',
    '3',
    `${OUT}/referral-en.pdf`,
    'test-results/screenshots/reports-pdf-en-page',
  ]);
  const referralUrl = page.url();
  await reportsEn.backToList();
  await workstation.chooseTheme('dark');
  await page.goto(referralUrl);
  await expect(reportsEn.document()).toBeVisible();
  await workstation.screenshot('reports-en-dark');

  // A copied template with a retitled section drafts with that title: templates are data, not code.
  await reportsEn.backToList();
  await reportsEn.copyTemplate('Lead referral', 3, '3. Figures behind the lead');
  await reportsEn.draftFromAlerts('referral', 'Ring S01 again', RING_ALERT, 'Lead referral (copy)');
  await expect(reportsEn.document().getByRole('heading', { level: 2 })).toContainText([
    '1. Parties (account groups)',
    '2. Conduct and period',
    '3. Figures behind the lead',
  ]);
  await expect(reportsEn.document()).toContainText(expected.amountEn);
  writeFileSync(`${OUT}/done.txt`, 'ok');
});
