import { expect, test } from '@playwright/test';
import { PAGE_TITLES, PAGES, Workstation, type Language, type Theme } from './pages/workstation';

const LANGUAGES: Language[] = ['zh-CN', 'en'];
const THEMES: Theme[] = ['light', 'dark'];

for (const language of LANGUAGES) {
  for (const theme of THEMES) {
    test(`every page opens in ${language}, ${theme} theme, with named controls`, async ({ page }) => {
      const workstation = new Workstation(page);
      await workstation.open();
      await workstation.chooseLanguage(language);
      await workstation.chooseTheme(theme);
      for (const name of PAGES) {
        await workstation.goTo(name);
        await expect(page).toHaveTitle(new RegExp(`^${PAGE_TITLES[language][name]} · `));
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        expect(await workstation.unnamedControls(), `unnamed controls on ${name}`).toEqual([]);
        await workstation.screenshot(`${language}-${theme}-${name}`);
      }
    });
  }
}

test('the language follows the system locale until the user picks one', async ({ browser }) => {
  const english = await browser.newContext({ locale: 'en-US' });
  const page = await english.newPage();
  const workstation = new Workstation(page, 'en');
  await workstation.open();
  await expect(workstation.nav().getByRole('link', { name: 'Overview' })).toBeVisible();
  await workstation.chooseLanguage('zh-CN');
  await page.reload();
  await expect(workstation.heading()).toHaveText(PAGE_TITLES['zh-CN'].settings);
  await english.close();
});

test('language and theme survive a reload', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.chooseLanguage('en');
  await workstation.chooseTheme('dark');
  await page.reload();
  await expect(workstation.heading()).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('keyboard: Alt+digit switches pages, focus lands on the heading, ? opens the shortcut sheet', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await page.keyboard.press('Alt+3');
  await expect(workstation.heading()).toHaveText(PAGE_TITLES['zh-CN'].alerts);
  await expect(workstation.heading()).toBeFocused();
  await page.keyboard.press('Alt+1');
  await expect(workstation.heading()).toHaveText(PAGE_TITLES['zh-CN'].datasets);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('a skip link takes keyboard users past the navigation', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳至主要内容' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeInViewport();
});

test('with nothing imported, the pages say so and point to where data comes from', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.goTo('datasets');
  await expect(page.getByText('尚未配置沙箱数据源')).toBeVisible();
  for (const name of ['overview', 'alerts', 'graph'] as const) {
    await workstation.goTo(name);
    await expect(page.getByRole('heading', { name: '尚未导入数据集' })).toBeVisible();
  }
  await page.getByRole('link', { name: '前往数据集' }).or(page.getByRole('button', { name: '前往数据集' })).first().click();
  await expect(workstation.heading()).toHaveText(PAGE_TITLES['zh-CN'].datasets);
});
