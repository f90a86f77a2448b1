/**
 * The Overview's aggregation worker: builds each dataset version's cube once (cached by
 * generation for the worker's life) and sums the cubes for every period or region the page
 * asks about, so the page thread never sees a trade.
 */
import type { AlertStatusLookup } from '../../shared/analytics/overview/alertStatus';
import {
  regionDetailOf,
  spanOf,
  summarisePeriod,
  timelineOf,
} from '../../shared/analytics/overview/aggregate';
import type { OverviewCube } from '../../shared/analytics/overview/cube';
import { boundsOf, simplifyGeometry } from '../../shared/analytics/overview/simplify';
import type { Outline } from '../../shared/analytics/overview/simplify';
import { getDatabase } from '../db/database';
import { loadAlertStatuses } from './alertStatus';
import { buildCube, localAlertsVersion } from './buildCube';
import type { OverviewBase, OverviewRequest, OverviewResponse } from './protocol';

/** About 100 m: finer than a pixel at the zoom that shows a whole province. */
const OUTLINE_TOLERANCE_DEGREES = 0.001;

const cubes = new Map<string, OverviewCube>();
/** The local detections each cached cube holds (localAlertsVersion), by generation. */
const cubeLocals = new Map<string, string>();
const outlines = new Map<string, { code: string; outline: Outline }[]>();
let current: OverviewCube[] = [];
/** The jurisdiction's root region: the panel's region when the page focuses none. */
let root: string | null = null;
let statuses: AlertStatusLookup = () => 'new';
let statusVersion: string | null = null;

const post = (message: OverviewResponse) => self.postMessage(message);

async function prepare(request: Extract<OverviewRequest, { type: 'prepare' }>): Promise<void> {
  const db = getDatabase();
  const started = performance.now();
  let built = false;
  const wanted = new Set(request.datasets.map((dataset) => dataset.generation));
  for (const generation of cubes.keys()) if (!wanted.has(generation)) cubes.delete(generation);
  for (const dataset of request.datasets) {
    const locals = await localAlertsVersion(db, dataset.generation);
    if (cubes.has(dataset.generation) && cubeLocals.get(dataset.generation) === locals) continue;
    cubeLocals.set(dataset.generation, locals);
    built = true;
    cubes.set(
      dataset.generation,
      await buildCube(db, dataset, (done, total) =>
        post({ type: 'progress', id: request.id, done, total }),
      ),
    );
    const shapes = await db.region_shapes.where('dataset').equals(dataset.generation).toArray();
    outlines.set(
      dataset.generation,
      shapes.map((shape) => ({
        code: shape.code,
        outline: simplifyGeometry(shape.geometry, OUTLINE_TOLERANCE_DEGREES),
      })),
    );
  }
  if (statusVersion !== request.statusVersion) {
    statuses = await loadAlertStatuses(db);
    statusVersion = request.statusVersion;
  }
  current = request.datasets.map((dataset) => cubes.get(dataset.generation)!);
  const span = spanOf(current);
  const seen = new Set<string>();
  const allOutlines = request.datasets
    .flatMap((dataset) => outlines.get(dataset.generation) ?? [])
    .filter((entry) => !seen.has(entry.code) && seen.add(entry.code));
  const regions = current.flatMap((cube) => cube.regions);
  const known = new Set(regions.map((region) => region.code));
  const base: OverviewBase = {
    key: request.datasets.map((dataset) => dataset.generation).join(','),
    span: span ?? { from: 0, to: 0 },
    regions: regions.filter(
      (region, index) => regions.findIndex((r) => r.code === region.code) === index,
    ),
    outlines: allOutlines.filter((entry) => boundsOf([entry.outline]) !== null),
    branches: current.flatMap((cube) => cube.branches),
    roots: [...known].filter((code) => {
      const parent = regions.find((region) => region.code === code)?.parent ?? null;
      return parent === null || !known.has(parent);
    }),
    metricNames: [...new Set(current.flatMap((cube) => cube.metricNames))].sort(),
    tradeRows: current.reduce(
      (sum, cube) => sum + cube.tradeCount.reduce((a, b) => a + b, 0) + cube.unplacedTrades,
      0,
    ),
    unplacedTrades: current.reduce((sum, cube) => sum + cube.unplacedTrades, 0),
    buildMs: built ? performance.now() - started : 0,
  };
  root = base.roots[0] ?? null;
  post({ type: 'prepared', id: request.id, base });
}

function summarise(request: Extract<OverviewRequest, { type: 'summarise' }>): void {
  const started = performance.now();
  const span = spanOf(current) ?? { from: 0, to: 0 };
  const period = request.period ?? span;
  const summary = summarisePeriod(current, statuses, period, request.today);
  const region = request.region ?? root;
  const timeline = timelineOf(current, statuses, region) ?? {
    days: span,
    openAlerts: [],
    tradeCount: [],
    turnover: [],
  };
  const detail =
    region === null ? null : regionDetailOf(current, statuses, period, region, request.today);
  post({
    type: 'summarised',
    id: request.id,
    figures: {
      summary,
      timeline,
      detail,
      aggregateMs: performance.now() - started,
    },
  });
}

self.onmessage = (event: MessageEvent<OverviewRequest>) => {
  const request = event.data;
  const run =
    request.type === 'prepare'
      ? prepare(request)
      : Promise.resolve().then(() => summarise(request));
  run.catch((error: unknown) =>
    post({
      type: 'failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
};
