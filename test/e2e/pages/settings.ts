// The Settings page's Sources and Keys sections, as a page object.
import { expect, type Page } from '@playwright/test';
import type { Language } from './workstation';

const TEXT = {
  'zh-CN': {
    sources: '数据源',
    keys: '密钥与身份',
    add: '添加数据源',
    addDialog: '添加数据源',
    url: '仓库地址',
    name: '名称',
    key: '发布方公钥',
    keyFile: '从文件载入公钥…',
    next: '下一步：核对指纹',
    fingerprint: '公钥指纹（SHA-256）',
    compared: /我已将上述指纹/,
    save: '保存数据源',
    back: '返回修改',
    remove: (title: string) => `移除数据源“${title}”`,
    removeDialog: '移除数据源',
    confirmRemove: '移除数据源',
    unlock: '解锁密钥',
    unlockDialog: '解锁密钥',
    passphrase: '口令',
    submitUnlock: '解锁',
    locked: '已锁定',
    unlocked: '已解锁',
    lockNow: '立即锁定密钥',
    addDemo: '添加内置示范沙箱',
    importIdentity: '导入身份',
    importDialog: '导入身份',
    identityLabel: '名称',
    identitySecret: '身份密钥',
    submitImport: '导入',
  },
  en: {
    sources: 'Sources',
    keys: 'Keys and identity',
    add: 'Add source',
    addDialog: 'Add source',
    url: 'Repository address',
    name: 'Name',
    key: 'Publisher’s public key',
    keyFile: 'Load the public key from a file…',
    next: 'Next: compare the fingerprint',
    fingerprint: 'Key fingerprint (SHA-256)',
    compared: /I compared this fingerprint/,
    save: 'Save source',
    back: 'Back to edit',
    remove: (title: string) => `Remove source “${title}”`,
    removeDialog: 'Remove source',
    confirmRemove: 'Remove source',
    unlock: 'Unlock keys',
    unlockDialog: 'Unlock keys',
    passphrase: 'Passphrase',
    submitUnlock: 'Unlock',
    locked: 'Locked',
    unlocked: 'Unlocked',
    lockNow: 'Lock keys now',
    addDemo: 'Add the built-in demo sandbox',
    importIdentity: 'Import identity',
    importDialog: 'Import identity',
    identityLabel: 'Name',
    identitySecret: 'Identity key',
    submitImport: 'Import',
  },
} as const;

export interface HttpSourceInput {
  url: string;
  title: string;
  publisherKeyPem: string;
}

export class SettingsPage {
  constructor(
    readonly page: Page,
    readonly language: Language = 'zh-CN',
  ) {}

  private get text() {
    return TEXT[this.language];
  }

  sourcesSection() {
    return this.page.getByRole('region', { name: this.text.sources, exact: true });
  }

  keysSection() {
    return this.page.getByRole('region', { name: this.text.keys, exact: true });
  }

  addSourceDialog() {
    return this.page.getByRole('dialog', { name: this.text.addDialog });
  }

  /** Opens Add source and fills the HTTP form; stops before the fingerprint step. */
  async fillHttpSource(input: HttpSourceInput): Promise<void> {
    await this.sourcesSection().getByRole('button', { name: this.text.add, exact: true }).click();
    const dialog = this.addSourceDialog();
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(this.text.url, { exact: true }).fill(input.url);
    await dialog.getByLabel(this.text.name, { exact: true }).fill(input.title);
    await dialog.getByLabel(this.text.key, { exact: true }).fill(input.publisherKeyPem);
  }

  async editField(label: 'url' | 'name' | 'key', value: string): Promise<void> {
    await this.addSourceDialog().getByLabel(this.text[label], { exact: true }).fill(value);
  }

  /** Loads the publisher key through the file input, as if chosen from disk. */
  async loadKeyFile(name: string, content: string): Promise<void> {
    await this.addSourceDialog()
      .getByLabel(this.text.keyFile)
      .setInputFiles({ name, mimeType: 'application/x-pem-file', buffer: Buffer.from(content) });
  }

  async next(): Promise<void> {
    await this.addSourceDialog().getByRole('button', { name: this.text.next }).click();
  }

  /** The fingerprint shown for comparison, as one line of groups. */
  async shownFingerprint(): Promise<string> {
    const group = this.addSourceDialog().getByRole('group', { name: this.text.fingerprint });
    await expect(group).toBeVisible();
    return (await group.locator('.visually-hidden').textContent()) ?? '';
  }

  saveButton() {
    return this.addSourceDialog().getByRole('button', { name: this.text.save });
  }

  async confirmAndSave(): Promise<void> {
    await this.addSourceDialog().getByRole('checkbox', { name: this.text.compared }).check();
    await this.saveButton().click();
    await expect(this.addSourceDialog()).toBeHidden();
  }

  async back(): Promise<void> {
    await this.addSourceDialog().getByRole('button', { name: this.text.back }).click();
  }

  sourceRow(title: string) {
    return this.sourcesSection().getByRole('row').filter({ hasText: title });
  }

  async removeSource(title: string): Promise<void> {
    await this.sourcesSection()
      .getByRole('button', { name: this.text.remove(title) })
      .click();
    const dialog = this.page.getByRole('dialog', { name: this.text.removeDialog });
    await dialog.getByRole('button', { name: this.text.confirmRemove }).click();
    await expect(dialog).toBeHidden();
  }

  recipient() {
    return this.keysSection().getByTestId('workstation-recipient');
  }

  identityRow(label: string) {
    return this.keysSection().getByRole('row').filter({ hasText: label });
  }

  lockState() {
    return this.keysSection().getByRole('group', {
      name: this.language === 'zh-CN' ? '密钥状态' : 'Key state',
    });
  }

  async lockNow(): Promise<void> {
    await this.keysSection().getByRole('button', { name: this.text.lockNow }).click();
    await expect(this.lockState()).toContainText(this.text.locked);
  }

  /** Opens the unlock dialog and submits `passphrase`; returns the dialog to check what it says. */
  async unlock(passphrase: string) {
    await this.keysSection().getByRole('button', { name: this.text.unlock }).click();
    const dialog = this.page.getByRole('dialog', { name: this.text.unlockDialog });
    await dialog.getByLabel(this.text.passphrase, { exact: true }).fill(passphrase);
    await dialog.getByRole('button', { name: this.text.submitUnlock, exact: true }).click();
    return dialog;
  }

  /** Adds the demo sandbox from Settings; with keys locked in this session, give the passphrase it asks for. */
  async addDemoSandbox(passphraseWhenLocked?: string): Promise<void> {
    await this.sourcesSection().getByRole('button', { name: this.text.addDemo }).click();
    if (passphraseWhenLocked === undefined) return;
    const dialog = this.page.getByRole('dialog', { name: this.text.unlockDialog });
    await dialog.getByLabel(this.text.passphrase, { exact: true }).fill(passphraseWhenLocked);
    await dialog.getByRole('button', { name: this.text.submitUnlock, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  importDialog() {
    return this.page.getByRole('dialog', { name: this.text.importDialog });
  }

  /** Fills and submits the import form; the dialog stays open when the identity is refused. */
  async importIdentity(label: string, secret: string): Promise<void> {
    if (!(await this.importDialog().isVisible()))
      await this.keysSection().getByRole('button', { name: this.text.importIdentity }).click();
    const dialog = this.importDialog();
    await dialog.getByLabel(this.text.identityLabel, { exact: true }).fill(label);
    await dialog.getByLabel(this.text.identitySecret, { exact: true }).fill(secret);
    await dialog.getByRole('button', { name: this.text.submitImport, exact: true }).click();
  }

  unlockedText(): string {
    return this.text.unlocked;
  }
}
