// The Overview page: its risk map (found by region centroids), pickers, charts and region panel.
import { expect, type Page } from '@playwright/test';
import type { Language } from './workstation';

const TEXT = {
  'zh-CN': {
    map: /风险地图，按/,
    metric: '地图指标',
    heat: '活跃度热力',
    panel: (region: string) => `区域详情：${region}`,
    breadcrumb: '区域层级',
    presets: '常用时间范围',
  },
  en: {
    map: /^Risk map of /,
    metric: 'Map metric',
    heat: 'Activity heat',
    panel: (region: string) => `Region details: ${region}`,
    breadcrumb: 'Region levels',
    presets: 'Common periods',
  },
} as const;

export type Rgba = [number, number, number, number];

interface ViewState {
  longitude: number;
  latitude: number;
  zoom: number;
  width: number;
  height: number;
}

/** deck.gl's Web Mercator: 512 px tiles at zoom 0. */
function project([lng, lat]: [number, number], view: ViewState): { x: number; y: number } {
  const scale = (512 * 2 ** view.zoom) / (2 * Math.PI);
  const px = (longitude: number) => scale * ((longitude * Math.PI) / 180 + Math.PI);
  const py = (latitude: number) =>
    scale * (Math.PI - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)));
  return {
    x: px(lng) - px(view.longitude) + view.width / 2,
    y: py(lat) - py(view.latitude) + view.height / 2,
  };
}

export class OverviewPage {
  constructor(
    readonly page: Page,
    readonly language: Language = 'zh-CN',
  ) {}

  private get text() {
    return TEXT[this.language];
  }

  map() {
    return this.page.getByRole('application', { name: this.text.map });
  }

  /** Waits for the frame that shows the current figures, metric, focus and theme. */
  async mapSettled(): Promise<void> {
    await expect(this.map()).toHaveAttribute('data-drawn', /.+/, { timeout: 60_000 });
    await expect
      .poll(
        async () => {
          const map = this.map();
          return (
            (await map.getAttribute('data-drawn')) === (await map.getAttribute('data-revision'))
          );
        },
        { timeout: 60_000 },
      ) // software WebGL on a busy machine takes seconds a frame
      .toBe(true);
  }

  async chooseMetric(label: string): Promise<void> {
    await this.page.getByLabel(this.text.metric).selectOption({ label });
    await this.mapSettled();
  }

  async chooseHeat(label: string): Promise<void> {
    await this.page.getByLabel(this.text.heat).selectOption({ label });
    await this.mapSettled();
  }

  async choosePreset(label: string): Promise<void> {
    await this.page
      .getByRole('group', { name: this.text.presets })
      .getByRole('button', { name: label })
      .click();
    await this.mapSettled();
  }

  /** Where on the map (relative to its box) each region's centroid is drawn. */
  async centroidPoints(
    centroids: Record<string, [number, number]>,
  ): Promise<Record<string, { x: number; y: number }>> {
    const view = JSON.parse(
      (await this.map().getAttribute('data-view-state')) ?? '{}',
    ) as ViewState;
    return Object.fromEntries(
      Object.entries(centroids).map(([code, at]) => [code, project(at, view)]),
    );
  }

  async clickRegion(centroid: [number, number]): Promise<void> {
    const [point] = Object.values(await this.centroidPoints({ region: centroid }));
    await this.map().click({ position: point! });
  }

  /** The map canvas's colours at points of its box (CSS pixels). */
  async pixels(points: { x: number; y: number }[]): Promise<Rgba[]> {
    return this.map().evaluate((element, at) => {
      const canvas = element.querySelector('canvas');
      if (!canvas) throw new Error('the map has no canvas');
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d')!;
      context.drawImage(canvas, 0, 0);
      const ratio = canvas.width / canvas.clientWidth;
      return at.map(({ x, y }) =>
        Array.from(context.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data),
      ) as [number, number, number, number][];
    }, points);
  }

  panel(region: string) {
    return this.page.getByRole('region', { name: this.text.panel(region) });
  }

  async figure(
    region: string,
    name: 'openAlerts' | 'accountsUnderAlert' | 'tradeCount',
  ): Promise<number> {
    const text = await this.panel(region).locator(`[data-figure="${name}"]`).textContent();
    return Number((text ?? '').replace(/[^\d]/g, ''));
  }

  breadcrumb() {
    return this.page.getByRole('navigation', { name: this.text.breadcrumb });
  }
}
