import { expect, test, type Browser } from '@playwright/test';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FirstRun, TEST_PASSPHRASE } from './pages/firstRun';
import { SettingsPage } from './pages/settings';
import { Workstation, type Language, type Theme } from './pages/workstation';

// RFC 8032 test 1's public key as PEM; its fingerprint is the SHA-256 of the 32 raw bytes.
const PUBLISHER_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=
-----END PUBLIC KEY-----`;
const FINGERPRINT =
  '21fe 31df a154 a261 626b f854 046f d227 1b7b ed4b 6abe 45aa 5887 7ef4 7f97 21b9';
const X25519_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VuAyEAc3ciH6bsvztubMeONLJcOHZ6u5hcUOTgtF6FkX6IBlM=
-----END PUBLIC KEY-----`;
const SOURCE = {
  url: 'https://sandbox.example.gov.cn/repository',
  title: '广东监管数据沙箱',
  publisherKeyPem: PUBLISHER_PEM,
};

test('first run with a passphrase creates the keys, and Settings shows the recipient', async ({
  page,
}) => {
  const firstRun = new FirstRun(page);
  await page.goto('./');
  await expect(firstRun.heading()).toBeVisible();

  await firstRun.createKeys('too short');
  await expect(page.getByText('口令至少需要 10 个字符。')).toBeVisible();
  await firstRun.createKeys(TEST_PASSPHRASE, `${TEST_PASSPHRASE}!`);
  await expect(page.getByText('两次输入的口令不一致。')).toBeVisible();
  await firstRun.createKeys(TEST_PASSPHRASE);
  await expect(firstRun.sourceStep()).toBeFocused();
  const recipient = (await firstRun.recipient().textContent()) ?? '';
  expect(recipient).toMatch(/^age1[0-9a-z]{58}$/);
  await firstRun.addSourceMyself();

  const workstation = new Workstation(page);
  const settings = new SettingsPage(page);
  await expect(workstation.heading()).toHaveText('设置');
  await expect(page.getByRole('heading', { name: '数据源', level: 2 })).toBeFocused();
  await expect(settings.recipient()).toHaveText(recipient);
  await expect(settings.lockState()).toContainText('已解锁');

  // A new session finds the keys locked; the wrong passphrase is named as such.
  await page.reload();
  await expect(settings.recipient()).toHaveText(recipient);
  await expect(settings.lockState()).toContainText('已锁定');
  const dialog = await settings.unlock('not the passphrase');
  await expect(dialog.getByRole('alert')).toHaveText('口令不正确。');
  await dialog.getByLabel('口令', { exact: true }).fill(TEST_PASSPHRASE);
  await dialog.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(settings.lockState()).toContainText('已解锁');
  expect(await workstation.unnamedControls()).toEqual([]);
});

test('an HTTP source is saved only after its fingerprint is compared, and survives a reload', async ({
  page,
}) => {
  const workstation = new Workstation(page);
  const settings = new SettingsPage(page);
  await workstation.open();
  await workstation.goTo('settings');

  await settings.fillHttpSource({ ...SOURCE, url: 'https://user:secret@sandbox.example.gov.cn/' });
  await settings.next();
  await expect(settings.addSourceDialog().getByRole('alert')).toHaveText(
    '仓库地址中不得包含用户名或密码。',
  );
  await settings.editField('url', SOURCE.url);
  await settings.editField('key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host');
  await settings.next();
  await expect(settings.addSourceDialog().getByRole('alert')).toContainText('无法识别公钥');
  await settings.editField('key', X25519_PEM);
  await settings.next();
  await expect(settings.addSourceDialog().getByRole('alert')).toContainText('不是 Ed25519 公钥');
  await settings.loadKeyFile('publisher.pem', `发布方公钥如下：\n${PUBLISHER_PEM}\n`);
  await settings.next();

  expect(await settings.shownFingerprint()).toBe(FINGERPRINT);
  await expect(settings.saveButton()).toBeDisabled();
  await settings.confirmAndSave();
  const row = settings.sourceRow(SOURCE.title);
  await expect(row).toContainText('https://sandbox.example.gov.cn/repository/');
  await expect(row).toContainText('HTTPS 地址');
  await expect(row.getByRole('group', { name: '发布方公钥指纹' })).toContainText(FINGERPRINT);

  await page.reload();
  await expect(settings.sourceRow(SOURCE.title)).toBeVisible();
  await settings.fillHttpSource({ ...SOURCE, title: '重复' });
  await settings.next();
  await expect(settings.addSourceDialog().getByRole('alert')).toHaveText(
    '已有数据源使用同一位置，不能重复添加。',
  );
  await page.keyboard.press('Escape');
  await expect(settings.addSourceDialog()).toBeHidden();

  await settings.removeSource(SOURCE.title);
  await expect(settings.sourceRow(SOURCE.title)).toHaveCount(0);
  await workstation.goTo('audit');
  await expect(page.getByRole('table')).toContainText('source.removed');
});

test('the demo sandbox choice adds the bundled source and the demo identity, which a reload keeps', async ({
  page,
}) => {
  const firstRun = new FirstRun(page);
  const workstation = new Workstation(page);
  const settings = new SettingsPage(page);
  await page.goto('./');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.chooseDemo();
  await expect(workstation.heading()).toHaveText('数据集');
  await expect(page.getByRole('table').first()).toContainText('示范沙箱');

  const demo = demoKeys();
  for (const pass of ['before', 'after reload']) {
    await workstation.goTo('settings');
    const row = settings.sourceRow('示范沙箱');
    await expect(row, pass).toContainText('内置示范仓库');
    await expect(row.getByRole('group'), pass).toContainText(demo.fingerprint);
    await expect(settings.identityRow('示范沙箱身份'), pass).toContainText(demo.recipient);
    if (pass === 'before') await page.reload();
  }
  await expect(
    settings.sourcesSection().getByRole('button', { name: '添加内置示范沙箱' }),
  ).toHaveCount(0);
});

test('after skipping the demo, Settings adds it, and imports a bureau identity once checked', async ({
  page,
}) => {
  const workstation = new Workstation(page);
  const settings = new SettingsPage(page);
  await workstation.open();
  await workstation.goTo('settings');

  // The keys are locked in this new session: the demo identity needs them, so the passphrase is asked.
  await settings.addDemoSandbox(TEST_PASSPHRASE);
  await expect(settings.sourceRow('示范沙箱')).toContainText('内置示范仓库');
  await expect(settings.identityRow('示范沙箱身份')).toBeVisible();

  const identity = await generateIdentity();
  await settings.importIdentity('广东局分析组', await identityToRecipient(identity));
  await expect(settings.importDialog().getByRole('alert')).toContainText('这是接收方公钥');
  await settings.importIdentity(
    '广东局分析组',
    `${identity.slice(0, -1)}${identity.endsWith('Q') ? 'P' : 'Q'}`,
  );
  await expect(settings.importDialog().getByRole('alert')).toContainText('校验和不符');
  await settings.importIdentity('广东局分析组', identity);
  await expect(settings.importDialog()).toBeHidden();
  await expect(settings.identityRow('广东局分析组')).toContainText(
    await identityToRecipient(identity),
  );
  await expect(page.getByText(identity)).toHaveCount(0);
});

const SCREENSHOT_CASES: [Language, Theme][] = [
  ['zh-CN', 'light'],
  ['zh-CN', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
];

for (const [language, theme] of SCREENSHOT_CASES) {
  test(`first run, sources and keys screens in ${language}, ${theme} theme`, async ({
    browser,
  }) => {
    const { page, close } = await freshPage(browser, language, theme);
    const firstRun = new FirstRun(page, language);
    const workstation = new Workstation(page, language);
    const settings = new SettingsPage(page, language);
    const shot = (name: string) => workstation.screenshot(`sources-${language}-${theme}-${name}`);

    await page.goto('./');
    await expect(firstRun.heading()).toBeVisible();
    await shot('first-run-keys');
    await firstRun.createKeys(TEST_PASSPHRASE);
    await expect(firstRun.sourceStep()).toBeVisible();
    expect(await workstation.unnamedControls()).toEqual([]);
    await shot('first-run-source');
    await firstRun.chooseDemo();

    await workstation.goTo('settings');
    await settings.sourcesSection().scrollIntoViewIfNeeded();
    await shot('settings-sources');
    await settings.keysSection().screenshot({
      path: `test-results/screenshots/sources-${language}-${theme}-settings-keys.png`,
    });
    await settings.lockNow();
    const unlock = await settings.unlock('not the passphrase');
    await expect(unlock.getByRole('alert')).toBeVisible();
    await shot('unlock-dialog');
    await page.keyboard.press('Escape');
    await expect(unlock).toBeHidden();
    await settings.fillHttpSource(SOURCE);
    expect(await workstation.unnamedControls()).toEqual([]);
    await shot('add-source-details');
    await settings.next();
    await expect(settings.saveButton()).toBeDisabled();
    await shot('add-source-fingerprint');
    await close();
  });
}

/** A new browser context whose system language and colour scheme the app follows. */
async function freshPage(browser: Browser, language: Language, theme: Theme) {
  const context = await browser.newContext({
    locale: language === 'en' ? 'en-US' : 'zh-CN',
    colorScheme: theme,
  });
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** The demo keys as the spec defines them, computed here independently of the app. */
function demoKeys(): { fingerprint: string; recipient: string } {
  const pem = readFileSync(
    new URL('../../assets/demo-keys/demo-publisher.pub.pem', import.meta.url),
    'utf8',
  );
  const spki = createPublicKey(pem).export({ format: 'der', type: 'spki' });
  const hex = createHash('sha256').update(spki.subarray(-32)).digest('hex');
  const identityFile = readFileSync(
    new URL('../../assets/demo-keys/demo-identity.txt', import.meta.url),
    'utf8',
  );
  const recipient = /# public key: (age1[0-9a-z]+)/.exec(identityFile)?.[1] ?? 'missing';
  return { fingerprint: hex.match(/.{4}/g)?.join(' ') ?? hex, recipient };
}

test('a catalog older than one already read from the source is refused, naming both times', async ({
  page,
}) => {
  const workstation = new Workstation(page);
  const firstRun = new FirstRun(page);
  await page.goto('./');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.chooseDemo();
  await expect(workstation.heading()).toHaveText('数据集');
  const catalog = page.getByRole('region', { name: '数据目录：示范沙箱' });
  await expect(catalog.getByRole('table')).toBeVisible();

  /** The newest catalog time remembered for each source, optionally moved first. */
  const newestSeen = (moveTo: string | null) =>
    page.evaluate(
      (later) =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('examiner-workstation');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const store = db.transaction('sources', 'readwrite').objectStore('sources');
            const read = store.getAll();
            const seen: string[] = [];
            read.onsuccess = () => {
              for (const source of read.result as { newestCatalogGenerated?: string }[]) {
                seen.push(source.newestCatalogGenerated ?? '');
                if (later !== null) store.put({ ...source, newestCatalogGenerated: later });
              }
            };
            store.transaction.oncomplete = () => {
              db.close();
              resolve(seen);
            };
            store.transaction.onerror = () => reject(store.transaction.error);
          };
        }),
      moveTo,
    );
  const demoGenerated = JSON.parse(readFileSync('assets/demo-repository/index.json', 'utf8')) as {
    generated: string;
  };
  await expect.poll(() => newestSeen(null)).toEqual([demoGenerated.generated]);

  // As if a newer catalog had been read before: the demo's own is now a step back.
  await newestSeen('2030-01-01T00:00:00Z');
  await catalog.getByRole('button', { name: '重新读取数据源“示范沙箱”的数据目录' }).click();
  const refusal = catalog.getByRole('alert');
  await expect(refusal).toContainText('已拒绝较旧的数据目录');
  await expect(refusal).toContainText('数据源“示范沙箱”当前提供的数据目录生成于 2026');
  await expect(refusal).toContainText('2030');
  await expect(catalog.getByRole('table')).toHaveCount(0);
  await catalog.screenshot({
    path: 'test-results/screenshots/sources-zh-CN-light-stale-catalog.png',
  });
  expect(await newestSeen(null)).toEqual(['2030-01-01T00:00:00Z']);

  // The same refusal in English, dark: the catalog is read again when the page comes back.
  await workstation.chooseLanguage('en');
  await workstation.chooseTheme('dark');
  await workstation.goTo('datasets');
  const englishRefusal = page.getByRole('region', { name: 'Catalog: 示范沙箱' }).getByRole('alert');
  await expect(englishRefusal).toContainText('An older catalog was refused');
  await page
    .getByRole('region', { name: 'Catalog: 示范沙箱' })
    .screenshot({ path: 'test-results/screenshots/sources-en-dark-stale-catalog.png' });
});
