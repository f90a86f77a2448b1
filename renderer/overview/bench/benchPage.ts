/**
 * The browser half of `npm run bench -- overview`: pulls the benchmark repository through the
 * real pipeline, builds the overview cube in the Overview's worker, then times period changes
 * from the request to the first deck.gl frame drawn with the new figures, with the page's own
 * map layers on a map of the page's size.
 */
import type { Layer } from '@deck.gl/core';
import { Deck, MapView, WebMercatorViewport } from '@deck.gl/core';
import { metricValue } from '../../../shared/analytics/overview/aggregate';
import type {
  OverviewBenchApi,
  PeriodChangeTiming,
} from '../../../shared/analytics/overview/benchProtocol';
import type { DayRange } from '../../../shared/analytics/overview/days';
import { dayOfEpochMs } from '../../../shared/analytics/overview/days';
import { quantileBreaks } from '../../../shared/analytics/overview/scale';
import { boundsOf } from '../../../shared/analytics/overview/simplify';
import { APP_PULL_DEPENDENCIES, startPull } from '../../datasets/pullClient';
import { getDatabase } from '../../db/database';
import type { SourceRecord } from '../../db/records';
import { alertStatusVersion } from '../alertStatus';
import { mapLayers, shownGeometry } from '../map/mapLayers';
import { MAP_PALETTES } from '../map/palette';
import { prepareOverview, summariseOverview } from '../overviewClient';
import type { OverviewBase } from '../protocol';
import { shownRegions } from '../regionTree';

const WIDTH = 900;
const HEIGHT = 620;
let base: OverviewBase | null = null;

const pull: OverviewBenchApi['pull'] = async (request) => {
  const source: SourceRecord = {
    id: 'bench-source',
    kind: 'http',
    location: request.baseUrl,
    title: 'Benchmark repository',
    publisherKeyPem: request.publisherKeyPem,
    fingerprint: '',
    addedAt: new Date().toISOString(),
  };
  const started = performance.now();
  const handle = startPull(
    { source, datasetId: request.datasetId },
    {
      ...APP_PULL_DEPENDENCIES,
      identities: async () => [request.identity],
      actor: async () => 'bench',
    },
  );
  const outcome = await handle.done;
  return { status: outcome.status, ms: performance.now() - started, outcome };
};

const prepare: OverviewBenchApi['prepare'] = async (datasetId) => {
  const db = getDatabase();
  const dataset = await db.datasets.get(datasetId);
  if (!dataset) throw new Error(`dataset ${datasetId} is not imported`);
  const started = performance.now();
  base = await prepareOverview(
    [{ id: dataset.id, generation: dataset.generation, period: dataset.scope.period }],
    await alertStatusVersion(db),
  );
  return {
    buildMs: performance.now() - started,
    tradeRows: base.tradeRows,
    unplacedTrades: base.unplacedTrades,
    span: base.span,
  };
};

type MapDeck = Deck<MapView>;

function createDeck(prepared: OverviewBase, shown: ReadonlySet<string>): Promise<MapDeck> {
  const bounds = boundsOf(
    prepared.outlines.filter((entry) => shown.has(entry.code)).map((entry) => entry.outline),
  );
  const view = new WebMercatorViewport({ width: WIDTH, height: HEIGHT }).fitBounds(
    bounds ?? [
      [109, 20],
      [118, 26],
    ],
    { padding: 24 },
  );
  return new Promise((resolve) => {
    const deck: MapDeck = new Deck<MapView>({
      parent: document.getElementById('map') as HTMLDivElement,
      width: WIDTH,
      height: HEIGHT,
      views: new MapView({ repeat: false }),
      initialViewState: { longitude: view.longitude, latitude: view.latitude, zoom: view.zoom },
      controller: false,
      layers: [],
      onLoad: () => resolve(deck),
    });
  });
}

/**
 * Resolves once deck.gl has drawn the layers and the frame's task has ended: with software
 * WebGL, flushing the frame to the canvas costs as much as the draw calls, after onAfterRender.
 */
function drawn(deck: MapDeck, layers: Layer[]): Promise<void> {
  return new Promise((resolve) => {
    deck.setProps({ layers, onAfterRender: () => setTimeout(resolve, 0) });
  });
}

const periodChanges: OverviewBenchApi['periodChanges'] = async (periods, heat) => {
  if (!base) throw new Error('prepare first');
  const prepared = base;
  const root = prepared.roots[0] ?? '';
  const shown = shownRegions(prepared, root);
  const geometry = shownGeometry(prepared, shown);
  const deck = await createDeck(prepared, shown);
  const today = dayOfEpochMs(Date.now());
  const timings: PeriodChangeTiming[] = [];
  for (const period of periods) {
    const started = performance.now();
    const figures = await summariseOverview(period, null, today);
    const answered = performance.now();
    const breaks = quantileBreaks(
      [...shown].map((code) => metricValue(figures.summary.regions[code], 'openAlerts')),
      5,
    );
    const layers = mapLayers({
      polygons: geometry.polygons,
      labels: geometry.labels,
      summary: figures.summary,
      metric: 'openAlerts',
      breaks,
      focus: root,
      heat,
      palette: MAP_PALETTES.light,
      fontFamily: '"Noto Sans CJK SC", sans-serif',
      revision: `${period.from}-${period.to}`,
    });
    await drawn(deck, layers);
    const finished = performance.now();
    timings.push({
      period,
      totalMs: finished - started,
      aggregateMs: figures.aggregateMs,
      roundTripMs: answered - started,
      drawMs: finished - answered,
    });
  }
  deck.finalize();
  return timings;
};

declare global {
  interface Window {
    overviewBench: OverviewBenchApi;
  }
}

window.overviewBench = { pull, prepare, periodChanges };
export type { DayRange };
