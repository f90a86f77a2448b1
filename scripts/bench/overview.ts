/**
 * `npm run bench -- overview [--scale N] [--runs N]`: imports the demo jurisdiction at N times
 * the base size (10 by default: about 1.5 million trades) through the real pipeline in headless
 * Chromium with a persistent profile, builds the Overview's cube in its worker, then changes the
 * period `runs` times (5 by default) and times each change to the first map frame drawn with the
 * new figures. Prints a summary, and ONE JSON object on the last line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { createStaticServer, listenOnLoopback } from '../lib/staticServer.mjs';
import type {
  OverviewBenchApi,
  PeriodChangeTiming,
} from '../../shared/analytics/overview/benchProtocol';
import type { DayRange } from '../../shared/analytics/overview/days';
import { BENCH_DATASET, prepareBenchRepository } from './benchRepository';

export const OVERVIEW_BENCH_USAGE = 'overview [--scale N] [--runs N] [--heat trading|alerts|off]';

const TARGET_MS = 200;

type BenchWindow = Window & { overviewBench: OverviewBenchApi };

async function buildHarness(root: string, outDir: string): Promise<void> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  await build({
    configFile: false,
    root: join(root, 'renderer/overview/bench'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify(version) },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
}

/** Periods a user would pick in turn: the last week, a month, the whole span, a fortnight, a day. */
function periodsOf(span: DayRange, runs: number): DayRange[] {
  const length = span.to - span.from + 1;
  const choices: DayRange[] = [
    { from: span.to - 6, to: span.to },
    { from: span.from + 30, to: span.from + 60 },
    span,
    { from: span.from + Math.floor(length / 2), to: span.from + Math.floor(length / 2) + 13 },
    { from: span.to - 20, to: span.to - 20 },
  ].map((period) => ({ from: Math.max(span.from, period.from), to: Math.min(span.to, period.to) }));
  return Array.from({ length: runs }, (_, index) => choices[index % choices.length]!);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runOverviewBench(args: string[], root: string): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      scale: { type: 'string', default: '10' },
      runs: { type: 'string', default: '5' },
      heat: { type: 'string', default: 'trading' },
    },
  });
  const scale = Number(values.scale);
  const runs = Number(values.runs);
  const heat = values.heat as 'trading' | 'alerts' | 'off';
  if (
    !(scale > 0) ||
    !(runs > 0) ||
    !Number.isInteger(runs) ||
    !['trading', 'alerts', 'off'].includes(heat)
  )
    throw new Error(`usage: npm run bench -- ${OVERVIEW_BENCH_USAGE}`);
  const log = (line: string) => console.log(line);

  const repository = await prepareBenchRepository(root, scale, log);
  const harness = join(root, 'dist', 'bench', 'overview-harness');
  await buildHarness(root, harness);
  const server = createStaticServer([
    { prefix: '/', folder: harness },
    { prefix: '/repository/', folder: repository.repositoryFolder },
  ]);
  const port = await listenOnLoopback(server, 0);
  const origin = `http://127.0.0.1:${port}`;
  const profile = await mkdtemp(join(tmpdir(), 'examiner-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-quic', '--enable-unsafe-swiftshader', '--disable-background-networking'],
    viewport: { width: 1000, height: 800 },
  });
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`page: ${message.text()}`);
    });
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => 'overviewBench' in window);

    const trades = repository.rowsByTable.trades ?? 0;
    log(`pulling ${BENCH_DATASET} (${trades} trades) through the import pipeline`);
    const pulled = await page.evaluate(
      (request) => (window as unknown as BenchWindow).overviewBench.pull(request),
      {
        baseUrl: `${origin}/repository/`,
        publisherKeyPem: repository.publisherKeyPem,
        identity: repository.identity,
        datasetId: BENCH_DATASET,
      },
    );
    if (pulled.status !== 'imported')
      throw new Error(`the pull ended ${JSON.stringify(pulled.outcome)}`);
    log(`imported in ${round(pulled.ms / 1000)} s; building the overview cube`);

    const prepared = await page.evaluate(
      (dataset) => (window as unknown as BenchWindow).overviewBench.prepare(dataset),
      BENCH_DATASET,
    );
    log(`cube built in ${round(prepared.buildMs)} ms from ${prepared.tradeRows} trades`);

    // One change first to warm up the shaders and the font atlas; it is reported, not counted.
    const periods = periodsOf(prepared.span, runs + 1);
    const timings: PeriodChangeTiming[] = await page.evaluate(
      ({ list, heat }) =>
        (window as unknown as BenchWindow).overviewBench.periodChanges(list, heat),
      { list: periods, heat },
    );
    const [warmUp, ...measured] = timings;
    for (const timing of measured)
      log(
        `period ${timing.period.from}…${timing.period.to}: ${round(timing.totalMs)} ms ` +
          `(aggregation ${round(timing.aggregateMs)} ms, round trip ${round(timing.roundTripMs)} ms, draw ${round(timing.drawMs)} ms)`,
      );
    const total = median(measured.map((timing) => timing.totalMs));
    const aggregate = median(measured.map((timing) => timing.aggregateMs));
    const roundTrip = median(measured.map((timing) => timing.roundTripMs));
    const result = {
      bench: 'overview',
      scale,
      trades,
      trades_in_cube: prepared.tradeRows,
      runs: measured.length,
      heat,
      median_period_change_ms: round(total),
      target_ms: TARGET_MS,
      within_target: total < TARGET_MS,
      median_aggregation_ms: round(aggregate, 2),
      aggregation_share: round(aggregate / total, 3),
      median_round_trip_ms: round(roundTrip),
      median_draw_ms: round(median(measured.map((timing) => timing.drawMs))),
      first_change_ms: warmUp ? round(warmUp.totalMs) : null,
      cube_build_ms: Math.round(prepared.buildMs),
      import_seconds: round(pulled.ms / 1000),
      period_change_ms: measured.map((timing) => round(timing.totalMs)),
    };
    log(
      `period change → settled map: median ${result.median_period_change_ms} ms over ${result.runs} changes ` +
        `(target < ${TARGET_MS} ms); aggregation ${result.median_aggregation_ms} ms = ${round(result.aggregation_share * 100)} % of it`,
    );
    console.log(JSON.stringify(result));
    return 0;
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}
