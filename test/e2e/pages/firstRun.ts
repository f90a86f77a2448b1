// The first-run steps, as a page object: create the workstation keys, then choose a source.
import { expect, type Page } from '@playwright/test';
import type { Language } from './workstation';

/** A passphrase that meets the ten-character rule, for tests only. */
export const TEST_PASSPHRASE = 'e2e 口令 2026-11-20';

const TEXT = {
  'zh-CN': {
    title: '欢迎使用审查工作站',
    passphrase: '口令',
    confirmation: '再次输入口令',
    create: '生成密钥',
    chooseSource: '选择数据源',
    useDemo: '使用内置示范沙箱',
    addOwn: '我将自行添加数据源',
  },
  en: {
    title: 'Welcome to Examiner Workstation',
    passphrase: 'Passphrase',
    confirmation: 'Passphrase again',
    create: 'Create keys',
    chooseSource: 'Choose a source',
    useDemo: 'Use the built-in demo sandbox',
    addOwn: 'I will add a source myself',
  },
} as const;

export class FirstRun {
  constructor(
    readonly page: Page,
    readonly language: Language = 'zh-CN',
  ) {}

  private get text() {
    return TEXT[this.language];
  }

  heading() {
    return this.page.getByRole('heading', { name: this.text.title });
  }

  /** Fills the passphrase fields (shown without an OS keystore) and creates the keys. */
  async createKeys(passphrase: string, confirmation: string = passphrase): Promise<void> {
    await this.page.getByLabel(this.text.passphrase, { exact: true }).fill(passphrase);
    await this.page.getByLabel(this.text.confirmation, { exact: true }).fill(confirmation);
    await this.page.getByRole('button', { name: this.text.create }).click();
  }

  /** The second step, reached once the keys exist. */
  sourceStep() {
    return this.page.getByRole('heading', { name: this.text.chooseSource, level: 3 });
  }

  recipient() {
    return this.page.getByTestId('workstation-recipient');
  }

  async chooseDemo(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.useDemo }).click();
    await expect(this.heading()).toBeHidden();
  }

  async addSourceMyself(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.addOwn }).click();
    await expect(this.heading()).toBeHidden();
  }
}
