/**
 * The risk map's deck.gl layers, from the base (outlines, branches) and a period's figures:
 * the choropleth, the activity heat, branches sized by alerts and the region labels. The page
 * and the benchmark harness draw the same layers.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { PolygonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type {
  BranchFigures,
  MapMetric,
  PeriodSummary,
} from '../../../shared/analytics/overview/aggregate';
import { metricValue } from '../../../shared/analytics/overview/aggregate';
import type { CubeRegion } from '../../../shared/analytics/overview/cube';
import { classOf } from '../../../shared/analytics/overview/scale';
import type { Ring } from '../../../shared/analytics/overview/simplify';
import type { OverviewBase } from '../protocol';
import type { MapPalette } from './palette';
import { CLASS_COLOURS } from './palette';

export type HeatSource = 'trading' | 'alerts' | 'off';

/** One polygon of a region (a MultiPolygon gives several). */
export interface RegionPolygon {
  code: string;
  rings: Ring[];
}

export interface MapLayerInput {
  /**
   * Polygons and labels of the regions shown (the focus's children, or its siblings), from
   * `shownGeometry`: kept the same arrays across period changes, so deck.gl re-colours them
   * instead of tessellating and laying them out again.
   */
  polygons: RegionPolygon[];
  labels: CubeRegion[];
  summary: PeriodSummary;
  metric: MapMetric;
  breaks: number[];
  focus: string | null;
  heat: HeatSource;
  palette: MapPalette;
  fontFamily: string;
  /** deck.gl recomputes an accessor only when its trigger changes. */
  revision: string;
}

export type MapPick = PickingInfo<RegionPolygon | BranchFigures | CubeRegion>;

export function shownGeometry(
  base: OverviewBase,
  shown: ReadonlySet<string>,
): { polygons: RegionPolygon[]; labels: CubeRegion[] } {
  return {
    polygons: base.outlines
      .filter(({ code }) => shown.has(code))
      .flatMap(({ code, outline }) => outline.map((rings) => ({ code, rings }))),
    labels: base.regions.filter((region) => shown.has(region.code)),
  };
}

export function mapLayers(input: MapLayerInput): Layer[] {
  const { summary, metric, breaks, palette, revision, focus } = input;
  const fill = (code: string) => {
    const k = classOf(metricValue(summary.regions[code], metric), breaks);
    return k === -1 ? palette.noData : (CLASS_COLOURS[k] ?? palette.noData);
  };
  const { polygons, labels } = input;
  const branches = summary.branches.filter(
    (branch): branch is BranchFigures & { location: [number, number] } => branch.location !== null,
  );
  const heatWeight = (branch: BranchFigures) =>
    input.heat === 'alerts' ? branch.openAlerts : branch.tradeCount;
  const layers: Layer[] = [
    new PolygonLayer<RegionPolygon>({
      id: 'regions',
      data: polygons,
      getPolygon: (polygon) => polygon.rings,
      getFillColor: (polygon) => fill(polygon.code),
      getLineColor: (polygon) => (polygon.code === focus ? palette.focus : palette.outline),
      getLineWidth: (polygon) => (polygon.code === focus ? 3 : 1),
      lineWidthUnits: 'pixels',
      stroked: true,
      filled: true,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 70],
      updateTriggers: {
        getFillColor: revision,
        getLineColor: revision,
        getLineWidth: revision,
      },
    }),
  ];
  if (input.heat !== 'off')
    layers.push(
      new HeatmapLayer<(typeof branches)[number]>({
        id: 'activity-heat',
        data: branches.filter((branch) => heatWeight(branch) > 0),
        getPosition: (branch) => branch.location,
        getWeight: heatWeight,
        radiusPixels: 40,
        // The default 2048² weights texture costs seconds a frame under software WebGL.
        weightsTextureSize: 256,
        intensity: 1,
        threshold: 0.05,
        colorRange: palette.heat.map(([r, g, b, a]) => [r, g, b, a]),
        updateTriggers: { getWeight: revision },
      }),
    );
  layers.push(
    new ScatterplotLayer<(typeof branches)[number]>({
      id: 'branches',
      data: branches,
      getPosition: (branch) => branch.location,
      getRadius: (branch) => 2 + Math.sqrt(branch.openAlerts) * 2,
      radiusUnits: 'pixels',
      getFillColor: palette.branch,
      getLineColor: palette.branchOutline,
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      stroked: true,
      pickable: true,
      updateTriggers: { getRadius: revision },
    }),
    new TextLayer<CubeRegion>({
      id: 'region-labels',
      data: labels,
      getPosition: (region) => region.centroid,
      getText: (region) => region.name,
      getSize: 12,
      getColor: palette.label,
      fontFamily: input.fontFamily,
      characterSet: 'auto',
      fontSettings: { sdf: true },
      outlineWidth: 3,
      outlineColor: palette.labelHalo,
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      updateTriggers: { getColor: revision },
    }),
  );
  return layers;
}
