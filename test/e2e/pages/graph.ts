// The Graph page: opened by deep link, driven through its toolbar, read through its node table.
import { expect, type Page } from '@playwright/test';
import type { Language } from './workstation';

const TEXT = {
  'zh-CN': {
    toolbar: '图谱操作',
    expandAll: '全部展开一层',
    nodesTitle: /^图中节点（\d+）$/,
    ready: '关联模型已就绪',
    opened: (alert: string) => `自预警 ${alert} 打开`,
    pathFrom: '设为路径起点',
    pathTo: '设为路径终点',
  },
  en: {
    toolbar: 'Graph commands',
    expandAll: 'Expand all one step',
    nodesTitle: /^Nodes on the graph \(\d+\)$/,
    ready: 'ready',
    opened: (alert: string) => `Opened from alert ${alert}`,
    pathFrom: 'Path from here',
    pathTo: 'Path to here',
  },
} as const;

export class GraphPage {
  constructor(
    readonly page: Page,
    public language: Language = 'zh-CN',
  ) {}

  private get text() {
    return TEXT[this.language];
  }

  /** Opens the graph from an alert through the link the Alerts page uses. */
  async openFromAlert(dataset: string, alert: string): Promise<void> {
    await this.page.goto(`./#/graph?alert=${encodeURIComponent(`${dataset}:${alert}`)}`);
    await expect(this.page.getByText(this.text.opened(alert))).toBeVisible({ timeout: 60_000 });
    await expect(this.nodeTable()).toBeVisible();
  }

  toolbar() {
    return this.page.getByRole('toolbar', { name: this.text.toolbar });
  }

  nodeTable() {
    return this.page.getByRole('table', { name: this.text.nodesTitle });
  }

  /** The ids in the node table, in its order. */
  async nodeIds(): Promise<string[]> {
    return (await this.nodeTable().locator('tbody th').allInnerTexts()).map((id) => id.trim());
  }

  async expandAll(): Promise<void> {
    const before = (await this.nodeIds()).length;
    await this.toolbar().getByRole('button', { name: this.text.expandAll }).click();
    // The status line reports how many nodes the step added (possibly none).
    await expect(this.toolbar().getByRole('status')).toContainText(/\d/);
    await expect.poll(async () => (await this.nodeIds()).length).toBeGreaterThanOrEqual(before);
  }

  async select(id: string): Promise<void> {
    await this.nodeTable().getByRole('button', { name: id, exact: true }).click();
  }

  async pathBetween(from: string, to: string): Promise<string> {
    await this.select(from);
    await this.toolbar().getByRole('button', { name: this.text.pathFrom }).click();
    await this.select(to);
    await this.toolbar().getByRole('button', { name: this.text.pathTo }).click();
    const status = this.toolbar().getByRole('status');
    await expect(status).toContainText('→');
    return status.innerText();
  }
}
