/**
 * `npm run bench -- triage [--alerts N] [--repeats N]`: stores N synthetic alerts (100,000 by
 * default) in IndexedDB in headless Chromium, loads them through the queue's own loader, times
 * every filter and sort of a fixed set over the compact columns (each repeated), and the frame
 * times of scrolling the real virtualised queue from top to bottom. Target: filter/sort under
 * 100 ms, no scroll frame over 50 ms. Prints a summary, and ONE JSON object on the last line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { TriageBenchResult } from '../../shared/triage/benchProtocol';
import { createStaticServer, listenOnLoopback } from '../lib/staticServer.mjs';
import { buildBenchHarness } from './buildHarness';

export const TRIAGE_BENCH_USAGE = 'triage [--alerts N] [--repeats N]';

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
    },
  });
  const alerts = Number(values.alerts);
  const repeats = Number(values.repeats);
  if (!(alerts > 0) || !(repeats > 0)) throw new Error(`usage: npm run bench -- ${TRIAGE_BENCH_USAGE}`);
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
      scroll_frames: run.frames.length,
      scroll_frame_median_ms: round(median(run.frames)),
      scroll_frame_max_ms: round(Math.max(...run.frames)),
      scroll_frames_over_50ms: run.frames.filter((ms) => ms > 50).length,
      idle_frame_median_ms: round(median(run.idle)),
      idle_frame_max_ms: round(Math.max(...run.idle)),
    };
    log(
      `filter/sort over ${result.alerts} alerts: median ${result.filter_sort_median_ms} ms, max ${result.filter_sort_max_ms} ms; ` +
        `scroll: median frame ${result.scroll_frame_median_ms} ms, max ${result.scroll_frame_max_ms} ms, ${result.scroll_frames_over_50ms} frames over 50 ms; ` +
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
