/**
 * `npm run bench -- graph [--scale N] [--skip-build] [--skip-render] [--nodes N] [--profile] [--screenshots]`:
 * 1. builds the link model of the demo jurisdiction at scale N (10 by default: 1.5 million
 *    trades) from its NDJSON, timing the model apart from reading and parsing, and checks the
 *    planted rings against the ground truth at that scale;
 * 2. in headless Chromium, lays out (graph worker: headless cytoscape + fcose) and draws (the
 *    page's own core and styles) 1,000 nodes / 5,000 edges and 5,000 nodes / 20,000 edges, then
 *    drags the canvas with the mouse and records every frame's time, and from a Chrome trace the
 *    page main thread's tasks during each pan and each release (their CPU time says what the
 *    page itself cost when other load on the machine stretches the frames). `--nodes` draws one
 *    size only; `--profile` adds a sampled CPU profile and prints where each long task went;
 *    `--screenshots` saves each drawing at rest in both themes.
 * Prints a summary, and ONE JSON object on the last line.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { createStaticServer, listenOnLoopback } from '../lib/staticServer.mjs';
import { datasetCommunities } from '../../shared/graph/datasetCommunities';
import { LinkModelBuilder } from '../../shared/graph/linkModelBuilder';
import { neighbourhood } from '../../shared/graph/neighbourhood';
import { DEFAULT_LINK_FILTER } from '../../shared/graph/types';
import type { FrameStats, GraphBenchApi, GraphBenchResult } from '../../shared/graph/benchProtocol';
import { prepareBenchRepository } from './benchRepository';
import { buildBenchHarness } from './buildHarness';
import type { MainThreadFigures, MainThreadTrace } from './mainThreadTrace';
import { combineFigures, hottestFunctions, startMainThreadTrace } from './mainThreadTrace';

export const GRAPH_BENCH_USAGE =
  'graph [--scale N] [--skip-build] [--skip-render] [--nodes N] [--profile] [--screenshots]';

const BATCH = 10_000;
const SIZES = [
  { nodes: 1000, edges: 5000 },
  { nodes: 5000, edges: 20_000 },
];

type BuilderTable =
  'accounts' | 'events' | 'alerts' | 'identifiers' | 'transfers' | 'trades' | 'insiders';

async function feed(
  file: string,
  add: (row: never) => void,
): Promise<{ rows: number; modelMs: number }> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let batch: unknown[] = [];
  let rows = 0;
  let modelMs = 0;
  const flush = () => {
    const started = performance.now();
    for (const row of batch) add(row as never);
    modelMs += performance.now() - started;
    rows += batch.length;
    batch = [];
  };
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(JSON.parse(line));
    if (batch.length === BATCH) flush();
  }
  flush();
  return { rows, modelMs };
}

interface GroundTruth {
  schemes: { id: string; accounts: { id: string }[]; alerts: string[] }[];
  benign: { kind: string; accounts: string[] }[];
}

async function buildModel(dataFolder: string, truthFile: string, log: (line: string) => void) {
  const builder = new LinkModelBuilder();
  const started = performance.now();
  let modelMs = 0;
  const rows: Record<string, number> = {};
  const steps: [BuilderTable, (row: never) => void][] = [
    ['accounts', (row) => builder.addAccount(row)],
    ['events', (row) => builder.addEvent(row)],
    ['alerts', (row) => builder.addAlert(row)],
    ['identifiers', (row) => builder.addIdentifier(row)],
    ['transfers', (row) => builder.addTransfer(row)],
    ['trades', (row) => builder.addTrade(row)],
    ['insiders', (row) => builder.addInsider(row)],
  ];
  for (const [table, add] of steps) {
    const result = await feed(join(dataFolder, `${table}.ndjson`), add);
    rows[table] = result.rows;
    modelMs += result.modelMs;
    log(`  ${table}: ${result.rows} rows`);
  }
  const finishStarted = performance.now();
  const model = builder.finish();
  const finishMs = performance.now() - finishStarted;
  modelMs += finishMs;
  const totalMs = performance.now() - started;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);

  const truth = JSON.parse(await readFile(truthFile, 'utf8')) as GroundTruth;
  const nat = new Set(
    truth.benign.filter((b) => b.kind === 'shared_nat_ip').flatMap((b) => b.accounts),
  );
  let ringAlerts = 0;
  let ringsWhole = 0;
  let natJoined = 0;
  const expandStarted = performance.now();
  for (const scheme of truth.schemes) {
    for (const alert of scheme.alerts) {
      const seeds = model.alerts.get(alert)?.accounts ?? [];
      const seen = new Set(neighbourhood(model, seeds, 2, DEFAULT_LINK_FILTER).nodes);
      ringAlerts++;
      if (scheme.accounts.every((account) => seen.has(account.id))) ringsWhole++;
      natJoined += [...seen].filter((node) => nat.has(node)).length;
    }
  }
  const expandMs = (performance.now() - expandStarted) / Math.max(1, ringAlerts);
  const communitiesStarted = performance.now();
  const communities = datasetCommunities(model, DEFAULT_LINK_FILTER);
  const communitiesMs = performance.now() - communitiesStarted;
  return {
    rows,
    totalMs,
    modelMs,
    finishMs,
    heapMb,
    summary: model.summary(),
    ringAlerts,
    ringsWhole,
    natJoined,
    expandMs,
    communities: communities.length,
    communitiesMs,
  };
}

/** Prints the longest tasks of a traced stretch and where the profile says their time went. */
function explain(
  what: string,
  traced: Awaited<ReturnType<MainThreadTrace['stop']>>,
  log: (line: string) => void,
) {
  for (const task of traced.longest.filter((task) => task.wallMs > 30)) {
    log(`  ${what}: task of ${round(task.wallMs, 1)} ms (${round(task.cpuMs, 1)} ms CPU)`);
    for (const line of hottestFunctions(traced.profile!, task.startMs, task.startMs + task.wallMs))
      log(`    ${line}`);
  }
}

async function renderSizes(
  root: string,
  sizes: typeof SIZES,
  profile: boolean,
  screenshots: boolean,
  log: (line: string) => void,
) {
  const harness = join(root, 'dist', 'bench', 'graph-harness');
  await buildBenchHarness(root, harness, 'renderer/graph/bench');
  const server = createStaticServer([{ prefix: '/', folder: harness }]);
  const port = await listenOnLoopback(server, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-quic', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  const results: (GraphBenchResult & {
    frames: FrameStats;
    idle: FrameStats;
    pan: MainThreadFigures;
    release: MainThreadFigures;
  })[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`page: ${message.text()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => document.title === 'ready');
    for (const size of sizes) {
      log(`laying out and drawing ${size.nodes} nodes / ${size.edges} edges`);
      const result = await page.evaluate(
        (request) => (window as unknown as { graphBench: GraphBenchApi }).graphBench.run(request),
        size,
      );
      // Drag the background back and forth: a real pan, as the examiner makes it. Frames are
      // recorded from the first move of each drag to its last, where the viewport options apply.
      // The page's main-thread tasks are traced over each pan (mouse down to the last move) and
      // over its release (mouse up and the redraw after), apart from the frame intervals.
      // First a second of frames with nothing to do: the machine's own baseline.
      await call(page, 'startFrames');
      await page.waitForTimeout(1000);
      const idle = (await call(page, 'stopFrames')) as FrameStats;
      const sweeps: FrameStats[] = [];
      const panTasks: MainThreadFigures[] = [];
      const releaseTasks: MainThreadFigures[] = [];
      const start = (await call(page, 'emptyPoint')) as { x: number; y: number };
      for (let sweep = 0; sweep < 4; sweep++) {
        // Each drag starts on the background (found again after the last pan moved things).
        const at =
          sweep === 0 ? start : ((await call(page, 'emptyPoint')) as { x: number; y: number });
        await page.mouse.move(at.x, at.y);
        const panTrace = await startMainThreadTrace(page, { profile });
        await page.mouse.down();
        await page.mouse.move(at.x + 8, at.y + 4);
        await call(page, 'startFrames');
        await page.mouse.move(at.x + (sweep % 2 ? -200 : 200), at.y + (sweep % 2 ? -100 : 100), {
          steps: 60,
        });
        sweeps.push((await call(page, 'stopFrames')) as FrameStats);
        const pan = await panTrace.stop();
        panTasks.push(pan.figures);
        if (pan.profile) explain(`pan ${sweep + 1}`, pan, log);
        const releaseTrace = await startMainThreadTrace(page, { profile });
        await page.mouse.up();
        await page.waitForTimeout(500);
        const release = await releaseTrace.stop();
        releaseTasks.push(release.figures);
        if (release.profile) explain(`release ${sweep + 1}`, release, log);
      }
      if (screenshots)
        for (const theme of ['light', 'dark'] as const) {
          await page.evaluate(
            (name) =>
              (window as unknown as { graphBench: GraphBenchApi }).graphBench.setTheme(name),
            theme,
          );
          const file = join(
            root,
            'test-results',
            'screenshots',
            `graph-bench-${size.nodes}-${theme}.png`,
          );
          await page.screenshot({ path: file });
          log(`  screenshot ${file}`);
        }
      await call(page, 'drop');
      const frames = combine(sweeps);
      results.push({
        ...result,
        frames,
        idle,
        pan: combineFigures(panTasks),
        release: combineFigures(releaseTasks),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

/** Calls one of the harness's argument-less functions in the page. */
function call(
  page: Page,
  name: 'startFrames' | 'stopFrames' | 'emptyPoint' | 'drop',
): Promise<unknown> {
  return page.evaluate(
    (method) => (window as unknown as { graphBench: GraphBenchApi }).graphBench[method](),
    name,
  );
}

/** Frames of several drags as one record (median of the medians, worst p95 and maximum). */
function combine(sweeps: FrameStats[]): FrameStats {
  const sorted = sweeps.map((sweep) => sweep.median).sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p95: Math.max(...sweeps.map((sweep) => sweep.p95)),
    max: Math.max(...sweeps.map((sweep) => sweep.max)),
    over50: sweeps.reduce((sum, sweep) => sum + sweep.over50, 0),
    frames: sweeps.reduce((sum, sweep) => sum + sweep.frames, 0),
    longTasks: sweeps.reduce((sum, sweep) => sum + sweep.longTasks, 0),
  };
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runGraphBench(args: string[], root: string): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      scale: { type: 'string', default: '10' },
      'skip-build': { type: 'boolean', default: false },
      'skip-render': { type: 'boolean', default: false },
      // Only the drawing of this many nodes (1000 or 5000), and a CPU profile of long tasks.
      nodes: { type: 'string' },
      profile: { type: 'boolean', default: false },
      // Each drawing at rest in both themes, to test-results/screenshots/graph-bench-*.png.
      screenshots: { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error(`usage: npm run bench -- ${GRAPH_BENCH_USAGE}`);
  const log = (line: string) => console.log(line);
  const result: Record<string, unknown> = { bench: 'graph', scale };

  if (!values['skip-build']) {
    const repository = await prepareBenchRepository(root, scale, log);
    log(`building the link model from ${repository.dataFolder}`);
    const built = await buildModel(
      repository.dataFolder,
      join(root, '.cache', 'bench', `scale-${scale}`, 'ground-truth.json'),
      log,
    );
    log(
      `link model: ${built.rows.trades} trades, ${built.rows.identifiers} identifiers, ${built.rows.transfers} transfers; ` +
        `model ${round(built.modelMs / 1000, 1)} s of ${round(built.totalMs / 1000, 1)} s with reading; heap ${built.heapMb} MB`,
    );
    log(
      `rings: ${built.ringsWhole}/${built.ringAlerts} ring alerts reach their whole ring in two expansions; NAT accounts joined: ${built.natJoined}`,
    );
    result.build = {
      trades: built.rows.trades,
      identifiers: built.rows.identifiers,
      transfers: built.rows.transfers,
      accounts: built.rows.accounts,
      model_s: round(built.modelMs / 1000, 2),
      finish_s: round(built.finishMs / 1000, 2),
      with_reading_s: round(built.totalMs / 1000, 1),
      heap_mb: built.heapMb,
      pair_edges: built.summary.pairEdges,
      shared_identifier_values: built.summary.sharedIdentifierValues,
      ring_alerts: built.ringAlerts,
      rings_whole: built.ringsWhole,
      nat_joined: built.natJoined,
      two_expansions_ms: round(built.expandMs, 1),
      communities: built.communities,
      communities_s: round(built.communitiesMs / 1000, 2),
    };
  }

  if (!values['skip-render']) {
    const sizes = SIZES.filter(
      (size) => values.nodes === undefined || size.nodes === Number(values.nodes),
    );
    if (sizes.length === 0) throw new Error(`usage: npm run bench -- ${GRAPH_BENCH_USAGE}`);
    const rendered = await renderSizes(root, sizes, values.profile, values.screenshots, log);
    for (const size of rendered) {
      log(
        `${size.nodes} nodes / ${size.edges} edges: layout ${round(size.layoutWorkerMs)} ms in the worker ` +
          `(${round(size.layoutRoundTripMs)} ms round trip), elements added in ${round(size.addMs)} ms, first render ${round(size.firstRenderMs)} ms; ` +
          `panning frames median ${round(size.frames.median, 1)} ms, p95 ${round(size.frames.p95, 1)} ms, ` +
          `max ${round(size.frames.max, 1)} ms, ${size.frames.over50} of ${size.frames.frames} over 50 ms; ` +
          `main thread while panning: longest task ${round(size.pan.maxTaskMs, 1)} ms ` +
          `(${round(size.pan.maxTaskCpuMs, 1)} ms CPU), ${size.pan.longTasks} tasks over 50 ms ` +
          `(${size.pan.longTasksCpu} over 50 ms of CPU); on release: longest ${round(size.release.maxTaskMs, 1)} ms ` +
          `(${round(size.release.maxTaskCpuMs, 1)} ms CPU); idle frames max ${round(size.idle.max, 1)} ms`,
      );
    }
    result.render = rendered.map((size) => ({
      nodes: size.nodes,
      edges: size.edges,
      layout_ms: round(size.layoutWorkerMs),
      layout_round_trip_ms: round(size.layoutRoundTripMs),
      add_ms: round(size.addMs),
      first_render_ms: round(size.firstRenderMs),
      pan_frame_median_ms: round(size.frames.median, 1),
      pan_frame_p95_ms: round(size.frames.p95, 1),
      pan_frame_max_ms: round(size.frames.max, 1),
      pan_frames_over_50ms: size.frames.over50,
      pan_frames: size.frames.frames,
      long_tasks: size.frames.longTasks,
      idle_frame_median_ms: round(size.idle.median, 1),
      idle_frame_max_ms: round(size.idle.max, 1),
      pan_main_max_task_ms: round(size.pan.maxTaskMs, 1),
      pan_main_max_task_cpu_ms: round(size.pan.maxTaskOwnCpuMs, 1),
      pan_main_tasks_over_50ms: size.pan.longTasks,
      pan_main_tasks_over_50ms_cpu: size.pan.longTasksCpu,
      pan_main_cpu_ms: round(size.pan.cpuMs),
      pan_major_gcs: size.pan.majorGcs,
      release_main_max_task_ms: round(size.release.maxTaskMs, 1),
      release_main_max_task_cpu_ms: round(size.release.maxTaskOwnCpuMs, 1),
    }));
    result.load_average = loadavg().map((load) => round(load, 1));
  }
  console.log(JSON.stringify(result));
  return 0;
}
