/**
 * `npm run bench -- triage [--alerts N] [--repeats N]`: stores N synthetic alerts (100,000 by
 * default) in IndexedDB in headless Chromium, loads them through the queue's own loader, times
 * every filter and sort of a fixed set over the compact columns (each repeated), and the frame
 * times of scrolling the real virtualised queue from top to bottom, with the page main thread's
 * tasks during the scroll from a Chrome trace (their CPU time is the page's own cost when the
 * machine's other load stretches the frames; `--profile` prints where long tasks went). Target: filter/sort under
 * 100 ms, no scroll frame over 50 ms. Prints a summary, and ONE JSON object on the last line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { TriageBenchResult, TriageScrollResult } from '../../shared/triage/benchProtocol';
import { createStaticServer, listenOnLoopback } from '../lib/staticServer.mjs';
import { buildBenchHarness } from './buildHarness';
import { hottestFunctions, startMainThreadTrace } from './mainThreadTrace';

export const TRIAGE_BENCH_USAGE = 'triage [--alerts N] [--repeats N] [--profile]';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export async function runTriageBench(args: string[], root: string): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      alerts: { type: 'string', default: '100000' },
      'skip-scroll': { type: 'boolean', default: false },
      repeats: { type: 'string', default: '7' },
      // A sampled CPU profile of the scroll, and where each long task's time went.
      profile: { type: 'boolean', default: false },
    },
  });
  const alerts = Number(values.alerts);
  const repeats = Number(values.repeats);
  if (!(alerts > 0) || !(repeats > 0))
    throw new Error(`usage: npm run bench -- ${TRIAGE_BENCH_USAGE}`);
  const log = (line: string) => console.log(line);

  const harness = join(root, 'dist', 'bench', 'triage-harness');
  await buildBenchHarness(root, harness, 'renderer/alerts/bench');
  const server = createStaticServer([{ prefix: '/', folder: harness }]);
  const port = await listenOnLoopback(server, 0);
  const profile = await mkdtemp(join(tmpdir(), 'examiner-triage-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-quic', '--enable-unsafe-swiftshader', '--disable-background-networking'],
    viewport: { width: 1366, height: 900 },
  });
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`page: ${message.text()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => 'triageBench' in window);
    log(`storing and loading ${alerts} alerts, then ${repeats} runs of each filter and sort`);
    const run: TriageBenchResult = await page.evaluate(
      ([count, times]) =>
        (
          window as unknown as {
            triageBench: { run: (count: number, repeats: number) => Promise<TriageBenchResult> };
          }
        ).triageBench.run(count, times),
      [alerts, repeats] as const,
    );

    // The scroll is traced on its own: the main thread's tasks, beside the frame intervals.
    const trace = await startMainThreadTrace(page, { profile: values.profile });
    const scroll: TriageScrollResult = await page.evaluate(() =>
      (
        window as unknown as { triageBench: { scroll: () => Promise<TriageScrollResult> } }
      ).triageBench.scroll(),
    );
    const traced = await trace.stop();
    if (traced.profile)
      for (const task of traced.longest.filter((task) => task.wallMs > 30)) {
        log(`  scroll: task of ${round(task.wallMs)} ms (${round(task.cpuMs)} ms CPU)`);
        for (const line of hottestFunctions(
          traced.profile,
          task.startMs,
          task.startMs + task.wallMs,
        ))
          log(`    ${line}`);
      }
    if (traced.profile) {
      log('  scroll, main thread by trace event (CPU ms):');
      log(`    ${traced.breakdown.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}`);
      log('  scroll, all of it: where the self time went');
      for (const line of hottestFunctions(traced.profile, 0, Infinity, 25, 2)) log(`    ${line}`);
    }
    const main = traced.figures;

    const all = run.queries.flatMap((query) => query.ms);
    for (const query of run.queries)
      log(
        `  ${query.name.padEnd(32)} ${String(query.rows).padStart(7)} rows  median ${round(median(query.ms)).toFixed(1)} ms  max ${round(Math.max(...query.ms)).toFixed(1)} ms`,
      );
    const result = {
      bench: 'triage',
      alerts: run.alerts,
      store_ms: Math.round(run.store_ms),
      load_ms: Math.round(run.load_ms),
      index_build_ms: Math.round(run.index_ms),
      filter_sort_median_ms: round(median(all)),
      filter_sort_max_ms: round(Math.max(...all)),
      filter_sort_target_ms: 100,
      slowest_query: run.queries.reduce((worst, query) =>
        Math.max(...query.ms) > Math.max(...worst.ms) ? query : worst,
      ).name,
      scroll_frames: scroll.frames.length,
      scroll_frame_median_ms: round(median(scroll.frames)),
      scroll_frame_max_ms: round(Math.max(...scroll.frames)),
      scroll_frames_over_50ms: scroll.frames.filter((ms) => ms > 50).length,
      idle_frame_median_ms: round(median(scroll.idle)),
      idle_frame_max_ms: round(Math.max(...scroll.idle)),
      scroll_main_max_task_ms: round(main.maxTaskMs),
      scroll_main_max_task_cpu_ms: round(main.maxTaskOwnCpuMs),
      scroll_main_tasks_over_50ms: main.longTasks,
      scroll_main_tasks_over_50ms_cpu: main.longTasksCpu,
      scroll_main_cpu_ms: Math.round(main.cpuMs),
      scroll_major_gcs: main.majorGcs,
      scroll_major_gc_max_ms: round(main.maxMajorGcMs),
      load_average: loadavg().map((load) => round(load)),
    };
    log(
      `filter/sort over ${result.alerts} alerts: median ${result.filter_sort_median_ms} ms, max ${result.filter_sort_max_ms} ms; ` +
        `scroll: median frame ${result.scroll_frame_median_ms} ms, max ${result.scroll_frame_max_ms} ms, ${result.scroll_frames_over_50ms} frames over 50 ms; ` +
        `main thread while scrolling: longest task ${result.scroll_main_max_task_ms} ms (${round(main.maxTaskCpuMs)} ms CPU), ` +
        `${main.longTasks} tasks over 50 ms (${main.longTasksCpu} over 50 ms of CPU); ` +
        `load ${result.load_ms} ms, index ${result.index_build_ms} ms`,
    );
    console.log(JSON.stringify(result));
    return 0;
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    await rm(profile, { recursive: true, force: true });
  }
}
