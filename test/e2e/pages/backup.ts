// The Backup and restore section of Settings.
import type { Page } from '@playwright/test';
import type { Language } from './workstation';

const TEXT = {
  'zh-CN': {
    title: '备份与恢复',
    passphrase: '口令',
    exportPassphrase: '备份口令',
    make: '制作备份',
    choose: '选择备份文件',
    confirm: '确认指纹并恢复',
    unlockDialog: '解锁密钥',
    keysPassphrase: '口令',
    submitUnlock: '解锁',
  },
  en: {
    title: 'Backup and restore',
    passphrase: 'A passphrase',
    exportPassphrase: 'Backup passphrase',
    make: 'Make backup',
    choose: 'Choose backup file',
    confirm: 'Fingerprint checked: restore',
    unlockDialog: 'Unlock keys',
    keysPassphrase: 'Passphrase',
    submitUnlock: 'Unlock',
  },
} as const;

export class BackupSection {
  constructor(
    readonly page: Page,
    readonly language: Language = 'zh-CN',
  ) {}

  private get text() {
    return TEXT[this.language];
  }

  section() {
    return this.page.getByRole('region', { name: this.text.title });
  }

  /** Makes a passphrase-encrypted backup and saves the download at `path`. */
  async exportWithPassphrase(
    passphrase: string,
    path: string,
    keysPassphrase: string,
  ): Promise<void> {
    const section = this.section();
    await section.getByRole('radio', { name: new RegExp(`^${this.text.passphrase}`) }).check();
    await section.getByLabel(this.text.exportPassphrase, { exact: true }).fill(passphrase);
    const download = this.page.waitForEvent('download');
    await section.getByRole('button', { name: this.text.make }).click();
    const unlock = this.page.getByRole('dialog', { name: this.text.unlockDialog });
    // Signing needs the keys: when they are locked the section asks for the passphrase first.
    const asked = await Promise.race([
      download.then(() => false),
      unlock.waitFor().then(() => true),
    ]);
    if (asked) {
      await unlock.getByLabel(this.text.keysPassphrase, { exact: true }).fill(keysPassphrase);
      await unlock.getByRole('button', { name: this.text.submitUnlock, exact: true }).click();
    }
    await (await download).saveAs(path);
  }

  async choose(path: string): Promise<void> {
    await this.section().locator('input[type="file"]').setInputFiles(path);
  }

  signer() {
    return this.section().getByTestId('backup-signer');
  }

  async restore(passphrase: string): Promise<void> {
    const section = this.section();
    await section.getByLabel(this.text.exportPassphrase, { exact: true }).fill(passphrase);
    await section.getByRole('button', { name: this.text.confirm }).click();
  }

  status() {
    return this.section().getByRole('status').last();
  }
}
