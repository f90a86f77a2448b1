// The one page object the end-to-end specs drive the workstation through.
import { expect, type Page } from '@playwright/test';
import { FirstRun, TEST_PASSPHRASE } from './firstRun';

export type Language = 'zh-CN' | 'en';
export type Theme = 'light' | 'dark';
export const PAGES = ['datasets', 'overview', 'alerts', 'graph', 'cases', 'reports', 'audit', 'settings'] as const;
export type PageName = (typeof PAGES)[number];

export const PAGE_TITLES: Record<Language, Record<PageName, string>> = {
  'zh-CN': {
    datasets: '数据集',
    overview: '总览',
    alerts: '预警',
    graph: '关联账户图谱',
    cases: '案件',
    reports: '报告',
    audit: '审计日志',
    settings: '设置',
  },
  en: {
    datasets: 'Datasets',
    overview: 'Overview',
    alerts: 'Alerts',
    graph: 'Account graph',
    cases: 'Cases',
    reports: 'Reports',
    audit: 'Audit log',
    settings: 'Settings',
  },
};

const LANGUAGE_RADIO: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };
const THEME_RADIO: Record<Language, Record<Theme, string>> = {
  'zh-CN': { light: '浅色', dark: '深色' },
  en: { light: 'Light', dark: 'Dark' },
};

export class Workstation {
  constructor(
    readonly page: Page,
    public language: Language = 'zh-CN',
  ) {}

  /** Opens the workstation past its first run, as a returning user finds it. */
  async open(): Promise<void> {
    await this.page.goto('./');
    await skipFirstRun(this.page, this.language);
    await expect(this.heading()).toBeVisible();
  }

  nav() {
    return this.page.getByRole('navigation', { name: this.language === 'zh-CN' ? '主导航' : 'Main navigation' });
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async goTo(name: PageName): Promise<void> {
    await this.nav().getByRole('link', { name: PAGE_TITLES[this.language][name], exact: true }).click();
    await expect(this.heading()).toHaveText(PAGE_TITLES[this.language][name]);
  }

  async chooseLanguage(language: Language): Promise<void> {
    await this.goTo('settings');
    await this.page.getByRole('radio', { name: LANGUAGE_RADIO[language], exact: true }).check();
    this.language = language;
    await expect(this.heading()).toHaveText(PAGE_TITLES[language].settings);
  }

  async chooseTheme(theme: Theme): Promise<void> {
    await this.goTo('settings');
    await this.page.getByRole('radio', { name: THEME_RADIO[this.language][theme], exact: true }).check();
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }

  /** Interactive elements without an accessible name, described for the failure message. */
  async unnamedControls(): Promise<string[]> {
    return this.page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, [role="button"], [role="link"], [role="tab"], [tabindex]:not([tabindex="-1"])';
      const unnamed: string[] = [];
      for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        if (element.closest('[hidden], [inert], [aria-hidden="true"]')) continue;
        const labelledBy = element.getAttribute('aria-labelledby');
        const labels = 'labels' in element ? Array.from((element as HTMLInputElement).labels ?? []) : [];
        const name =
          element.getAttribute('aria-label') ??
          (labelledBy ? labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '') ??
          '';
        const text = [name, element.textContent ?? '', element.getAttribute('title') ?? '', ...labels.map((l) => l.textContent ?? '')]
          .join('')
          .trim();
        if (!text) unnamed.push(element.outerHTML.slice(0, 120));
      }
      return unnamed;
    });
  }
}

/**
 * A fresh workstation starts on the first-run steps. When they show, this creates passphrase-
 * protected keys, adds no source, and starts the app again, as a returning user would.
 */
export async function skipFirstRun(page: Page, language: Language = 'zh-CN'): Promise<void> {
  const firstRun = new FirstRun(page, language);
  await expect(firstRun.heading().or(page.locator('.page-intro')).first()).toBeVisible();
  if (!(await firstRun.heading().isVisible())) return;
  await firstRun.createKeys(TEST_PASSPHRASE);
  await expect(firstRun.sourceStep()).toBeVisible();
  await firstRun.addSourceMyself();
  await page.goto('./');
  await expect(page.locator('.page-intro').first()).toBeVisible();
}
