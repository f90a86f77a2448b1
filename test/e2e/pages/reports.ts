// The Reports page and its report workspace, as a page object.
import { expect, type Page } from '@playwright/test';
import type { Language } from './workstation';

const TEXT = {
  'zh-CN': {
    newReport: '新建报告',
    caseReport: '案件监管报告',
    referral: '线索移送函',
    jurisdiction: '辖区风险报告',
    caseTitle: '案件名称',
    search: '搜索',
    draft: '起草',
    document: '报告正文',
    saved: '已自动保存',
    saveVersion: '保存版本',
    finalize: '定稿',
    confirmFinal: '确认定稿',
    exportPdf: '导出 PDF',
    exportDocx: '导出 Word',
    provenance: '数据来源',
    close: '关闭',
    language: '报告语言',
    back: '返回报告列表',
    section: '章节',
    redraft: '重新起草',
    templates: '报告模板',
    copy: '复制',
    sectionTitle: '章节标题（zh-CN）',
    saveTemplate: '保存模板',
    template: '模板',
  },
  en: {
    newReport: 'New report',
    caseReport: 'Case supervisory report',
    referral: 'Lead referral',
    jurisdiction: 'Jurisdiction risk report',
    caseTitle: 'Case title',
    search: 'Search',
    draft: 'Draft',
    document: 'Report text',
    saved: 'Saved automatically',
    saveVersion: 'Save version',
    finalize: 'Make final',
    confirmFinal: 'Confirm final',
    exportPdf: 'Export PDF',
    exportDocx: 'Export Word',
    provenance: 'Where this comes from',
    close: 'Close',
    language: 'Report language',
    back: 'Back to reports',
    section: 'Section',
    redraft: 'Redraft',
    templates: 'Templates',
    copy: 'Copy',
    sectionTitle: 'Section title (en)',
    saveTemplate: 'Save template',
    template: 'Template',
  },
} as const;

export class ReportsPage {
  constructor(
    readonly page: Page,
    readonly language: Language = 'zh-CN',
  ) {}

  private get text() {
    return TEXT[this.language];
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** Drafts a report of `kind` from a new case made of the alerts a search finds. */
  async draftFromAlerts(
    kind: 'caseReport' | 'referral',
    caseTitle: string,
    search: string,
    /** The template's name, when not the first of its kind. */
    template?: string,
  ): Promise<void> {
    await this.page.getByRole('button', { name: this.text.newReport }).click();
    const dialog = this.dialog();
    await dialog.getByRole('radio', { name: this.text[kind], exact: true }).check();
    if (template)
      await dialog
        .getByRole('combobox', { name: this.text.template, exact: true })
        .selectOption({ label: template });
    await dialog.getByLabel(this.text.caseTitle).fill(caseTitle);
    await dialog.getByRole('searchbox', { name: this.text.search }).fill(search);
    await dialog.getByRole('button', { name: /勾选显示的|Pick the/ }).click();
    await dialog.getByRole('button', { name: this.text.draft, exact: true }).click();
    await expect(this.document()).toBeVisible({ timeout: 30_000 });
  }

  async draftJurisdiction(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.newReport }).click();
    const dialog = this.dialog();
    await dialog.getByRole('radio', { name: this.text.jurisdiction, exact: true }).check();
    await dialog.getByRole('button', { name: this.text.draft, exact: true }).click();
    await expect(this.document()).toBeVisible({ timeout: 30_000 });
  }

  /**
   * Leaves a report for the list. The report's own title is a level-1 heading too, so other
   * pages are reached from the list, where the page heading is the only one.
   */
  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: this.text.back }).click();
    await expect(this.page.getByRole('button', { name: this.text.newReport })).toBeVisible();
  }

  document() {
    return this.page.getByLabel(this.text.document, { exact: true });
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: this.text.saved })).toBeVisible();
  }

  /** Opens the provenance of the first figure reading `text` and returns the dialog. */
  async openProvenance(text: string) {
    await this.document()
      .locator('[data-provenance-kind="figure"]', { hasText: text })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: this.text.provenance });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async closeDialog(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: this.text.close }).click();
  }

  async saveVersion(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.saveVersion }).click();
  }

  async finalize(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.finalize, exact: true }).click();
    await this.page.getByRole('button', { name: this.text.confirmFinal }).click();
  }

  /** Copies the template named `name` and retitles its section at `index` (in this language). */
  async copyTemplate(name: string, index: number, title: string): Promise<void> {
    await this.page.getByRole('button', { name: this.text.templates, exact: true }).click();
    const dialog = this.dialog();
    await dialog
      .getByRole('row', { name: new RegExp(name) })
      .first()
      .getByRole('button', { name: this.text.copy, exact: true })
      .click();
    await dialog.getByRole('textbox', { name: this.text.sectionTitle }).nth(index).fill(title);
    await dialog.getByRole('button', { name: this.text.saveTemplate }).click();
    await expect(dialog.getByRole('button', { name: this.text.saveTemplate })).toBeHidden();
    await this.closeDialog();
  }

  /** Redrafts the section titled `title` from the current data. */
  async redraft(title: string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: this.text.section, exact: true })
      .selectOption({ label: title });
    await this.page.getByRole('button', { name: this.text.redraft, exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: title })).toBeVisible();
  }

  exportPdfButton() {
    return this.page.getByRole('button', { name: this.text.exportPdf });
  }

  exportDocxButton() {
    return this.page.getByRole('button', { name: this.text.exportDocx });
  }
}
