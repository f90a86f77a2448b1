/**
 * The browser half of `npm run bench -- graph`: lays out a graph in the graph worker (headless
 * cytoscape + fcose, as the page does), draws it with the page's own core and styles, then pans
 * frame by frame and records how long each frame took.
 */
import type { Core } from 'cytoscape';
import type {
  FrameStats,
  GraphBenchApi,
  GraphBenchRequest,
  GraphBenchResult,
} from '../../../shared/graph/benchProtocol';
import { GraphClient } from '../graphClient';
import { LARGE_GRAPH_NODES, createGraphCore } from '../graphCore';
import { edgeElements, nodeElements } from '../elements';
import type { GraphView } from '../graphStore';
import type { GraphTheme } from '../graphStyle';
import { graphStylesheet } from '../graphStyle';
import { syntheticView } from './syntheticGraph';

let current: Core | null = null;
let currentView: GraphView | null = null;

const client = new GraphClient();

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function run(request: GraphBenchRequest): Promise<GraphBenchResult> {
  const view = syntheticView(request.nodes, request.edges);
  const ids = Object.keys(view.nodes);
  const started = performance.now();
  const { positions, ms } = await client.call('layout', {
    nodes: ids.map((id) => ({ id })),
    edges: view.edges.map(({ source, target }) => ({ source, target })),
  });
  const layoutRoundTripMs = performance.now() - started;
  view.positions = positions;

  const container = document.getElementById('stage')!;
  const large = ids.length >= LARGE_GRAPH_NODES;
  const renderStarted = performance.now();
  const core = createGraphCore(container, large, 'light');
  core.add([
    ...nodeElements(view, { theme: 'light', analysis: null, showCommunities: false }),
    ...edgeElements(view, 'light'),
  ]);
  core.fit(undefined, 20);
  const addMs = performance.now() - renderStarted;
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - renderStarted;

  current = core;
  currentView = view;
  return {
    nodes: ids.length,
    edges: view.edges.length,
    layoutWorkerMs: ms,
    layoutRoundTripMs,
    addMs,
    firstRenderMs,
  };
}

/**
 * Frame times while the harness drags the canvas with the mouse (a real pan, so cytoscape's
 * viewport options apply): `startFrames` before the drag, `stopFrames` after it.
 */
let recording: {
  frames: number[];
  longTasks: number;
  stop: boolean;
  observer: PerformanceObserver;
} | null = null;

function startFrames(): void {
  const observer = new PerformanceObserver((list) => {
    if (recording) recording.longTasks += list.getEntries().length;
  });
  observer.observe({ type: 'longtask' });
  const state = { frames: [] as number[], longTasks: 0, stop: false, observer };
  recording = state;
  let last = performance.now();
  const tick = (now: number) => {
    state.frames.push(now - last);
    last = now;
    if (!state.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(tick);
  });
}

function stopFrames(): FrameStats {
  const state = recording!;
  state.stop = true;
  state.observer.disconnect();
  recording = null;
  const sorted = [...state.frames].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? 0,
    over50: state.frames.filter((time) => time > 50).length,
    frames: state.frames.length,
    longTasks: state.longTasks,
  };
}

/**
 * A point of the canvas with no node under it, near the middle: a drag must start on the
 * background to pan (a drag that starts on a node moves the node).
 */
function emptyPoint(): { x: number; y: number } {
  const nodes = current ? current.nodes().map((node) => node.renderedPosition()) : [];
  const clear = (x: number, y: number) =>
    nodes.every((node) => Math.hypot(node.x - x, node.y - y) > 30);
  for (let ring = 0; ring < 40; ring++) {
    for (let step = 0; step < 16; step++) {
      const angle = (step / 16) * 2 * Math.PI;
      const x = 640 + Math.cos(angle) * ring * 12;
      const y = 400 + Math.sin(angle) * ring * 8;
      if (clear(x, y)) return { x, y };
    }
  }
  return { x: 5, y: 5 };
}

/** Redraws the current graph in a theme (page background, styles and colours), to look at. */
async function setTheme(theme: GraphTheme): Promise<void> {
  if (!current || !currentView) return;
  const core = current;
  const large = core.nodes().length >= LARGE_GRAPH_NODES;
  document.body.style.background = theme === 'dark' ? '#1b1f26' : '#ffffff';
  core.style(graphStylesheet(theme, large));
  const elements = [
    ...nodeElements(currentView, { theme, analysis: null, showCommunities: false }),
    ...edgeElements(currentView, theme),
  ];
  core.batch(() => {
    for (const element of elements) core.getElementById(element.data.id!).data(element.data);
  });
  await nextFrame();
  await nextFrame();
}

function drop(): void {
  current?.destroy();
  current = null;
  currentView = null;
}

(window as unknown as { graphBench: GraphBenchApi }).graphBench = {
  run,
  startFrames,
  stopFrames,
  emptyPoint,
  setTheme,
  drop,
};
document.title = 'ready';
