// The Datasets page: catalogs, pulls, their progress and outcomes, and the imported datasets.
import { expect, type Page } from '@playwright/test';
import type { Language } from './workstation';

const TEXT = {
  'zh-CN': {
    catalog: (source: string) => `数据目录：${source}`,
    pull: (dataset: string, source: string) => `从数据源“${source}”拉取数据集“${dataset}”`,
    sizes: (dataset: string) => `查看数据集“${dataset}”各版本的数据量与保留期限`,
    panel: (dataset: string) => `数据集“${dataset}”的导入进度`,
    cancel: (dataset: string) => `取消导入数据集“${dataset}”`,
    imported: '已导入数据集',
    stages: ['下载', '完整性验证', '解密与解压缩', '解析', '数据字典校验', '写入本机'],
  },
  en: {
    catalog: (source: string) => `Catalog: ${source}`,
    pull: (dataset: string, source: string) => `Pull dataset “${dataset}” from source “${source}”`,
    sizes: (dataset: string) =>
      `Show the size and retention of each version of dataset “${dataset}”`,
    panel: (dataset: string) => `Import progress of dataset “${dataset}”`,
    cancel: (dataset: string) => `Cancel the import of dataset “${dataset}”`,
    imported: 'Imported datasets',
    stages: [
      'Download',
      'Integrity checks',
      'Decrypt and decompress',
      'Parse',
      'Dictionary checks',
      'Write to this workstation',
    ],
  },
} as const;

export class DatasetsPage {
  constructor(
    readonly page: Page,
    readonly language: Language = 'zh-CN',
  ) {}

  private get text() {
    return TEXT[this.language];
  }

  catalog(source: string) {
    return this.page.getByRole('region', { name: this.text.catalog(source) });
  }

  catalogRow(source: string, datasetTitle: string) {
    return this.catalog(source).getByRole('row').filter({ hasText: datasetTitle }).first();
  }

  pullButton(source: string, datasetTitle: string) {
    return this.catalog(source).getByRole('button', { name: this.text.pull(datasetTitle, source) });
  }

  async showSizes(source: string, datasetTitle: string): Promise<void> {
    await this.catalog(source)
      .getByRole('button', { name: this.text.sizes(datasetTitle) })
      .click();
  }

  async pull(source: string, datasetTitle: string): Promise<void> {
    await this.pullButton(source, datasetTitle).click();
  }

  progressPanel(datasetTitle: string) {
    return this.page.getByRole('region', { name: this.text.panel(datasetTitle) });
  }

  /** Every stage bar of a running pull, named. */
  async expectStageBars(datasetTitle: string): Promise<void> {
    const panel = this.progressPanel(datasetTitle);
    for (const stage of this.text.stages)
      await expect(panel.getByRole('progressbar', { name: stage })).toBeVisible();
  }

  /** Percent done of one stage of a running pull. */
  async stagePercent(datasetTitle: string, stageIndex: number): Promise<number> {
    const bar = this.progressPanel(datasetTitle).getByRole('progressbar', {
      name: this.text.stages[stageIndex],
    });
    return Number(await bar.getAttribute('aria-valuenow'));
  }

  cancelButton(datasetTitle: string) {
    return this.page.getByRole('button', { name: this.text.cancel(datasetTitle) });
  }

  importedTable() {
    return this.page
      .getByRole('region', { name: this.text.imported, exact: true })
      .getByRole('table');
  }

  importedRow(datasetId: string) {
    return this.importedTable().getByRole('row').filter({ hasText: datasetId });
  }
}
