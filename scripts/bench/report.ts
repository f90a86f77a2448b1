/**
 * `npm run bench -- report [--alerts N] [--runs N]`: seeds a synthetic case of N alerts (500 by
 * default) over a quarter of trades into IndexedDB in headless Chromium with a persistent
 * profile, then drafts its supervisory report `runs` times as the app does: the page posts the
 * job to the drafting worker, which reads the evidence and drafts the document. A trace of each
 * run gives the CPU of the page's main thread and of the worker, and the page's longest task.
 * Prints a summary, and ONE JSON object on the last line (medians).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { createStaticServer, listenOnLoopback } from '../lib/staticServer.mjs';
import { chromiumCpuMs } from './processCpu';
import type { ThreadCpuFigures } from './threadCpuTrace';
import { startThreadCpuTrace } from './threadCpuTrace';
import type {
  ReportBenchApi,
  ReportBenchRun,
  ReportBenchSeeded,
} from '../../shared/reports/benchProtocol';

export const REPORT_BENCH_USAGE = 'report [--alerts N] [--trades N] [--runs N] [--profile]';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number) => Math.round(value * 10) / 10;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** A CDP CPU profile of the page; `stop` returns the top functions by self time, one a line. */
async function startProfile(page: Page): Promise<{ stop(): Promise<string> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await session.send('Profiler.stop')) as unknown as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const frame = byNode.get(id)!.callFrame;
        const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      await session.detach();
      return [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 30)
        .map(([name, ms]) => `  ${round(ms)} ms  ${name}`)
        .join('\n');
    },
  };
}

export async function runReportBench(args: string[], root: string): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      alerts: { type: 'string', default: '500' },
      trades: { type: 'string', default: '300000' },
      runs: { type: 'string', default: '7' },
      /** Record a CPU profile of the last run and print the functions with the most self time. */
      profile: { type: 'boolean', default: false },
    },
  });
  const alerts = Number(values.alerts);
  const trades = Number(values.trades);
  const runs = Number(values.runs);
  if (!(alerts > 0) || !(trades > 0) || !(runs > 0))
    throw new Error(`usage: npm run bench -- ${REPORT_BENCH_USAGE}`);
  const log = (line: string) => console.log(line);

  const harness = join(root, 'dist', 'bench', 'report-harness');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  await build({
    configFile: false,
    root: join(root, 'renderer/reports/bench'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify(version) },
    worker: { format: 'es' },
    build: {
      outDir: harness,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: !values.profile,
    },
  });
  const server = createStaticServer([{ prefix: '/', folder: harness }]);
  const port = await listenOnLoopback(server, 0);
  const profile = await mkdtemp(join(tmpdir(), 'examiner-report-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-quic', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`page: ${message.text()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => 'reportBench' in window);
    const caseAccounts = Math.max(20, Math.round(alerts * 0.8));
    log(`seeding ${alerts} alerts over ${caseAccounts} suspect accounts and ${trades} trades`);
    const seeded: ReportBenchSeeded = await page.evaluate(
      (request) => (window as unknown as { reportBench: ReportBenchApi }).reportBench.seed(request),
      { alerts, accounts: 20_000, caseAccounts, instruments: 300, trades },
    );
    log(`seeded in ${round(seeded.seedMs / 1000)} s`);
    const results: (ReportBenchRun & ThreadCpuFigures & { cpuMs: number; pageCpuMs: number })[] =
      [];
    for (let run = 0; run < runs; run++) {
      const profiler = values.profile && run === runs - 1 ? await startProfile(page) : null;
      const trace = await startThreadCpuTrace(page);
      const cpuBefore = chromiumCpuMs(profile);
      const pageCpuBefore = chromiumCpuMs(profile, 'renderer');
      const drafted = await page.evaluate(
        (caseId) =>
          (window as unknown as { reportBench: ReportBenchApi }).reportBench.draft(caseId),
        seeded.caseId,
      );
      const cpuMs = chromiumCpuMs(profile) - cpuBefore;
      const pageCpuMs = chromiumCpuMs(profile, 'renderer') - pageCpuBefore;
      const result = { ...drafted, ...(await trace.stop()), cpuMs, pageCpuMs };
      if (profiler) log(await profiler.stop());
      log(
        `run ${run + 1}: ${round(result.totalMs)} ms on the page (in the worker: read ${round(result.loadMs)} ms + draft ${round(result.draftMs)} ms); CPU: main thread ${round(result.mainCpuMs)} ms, longest task ${round(result.mainLongestTaskMs)} ms (${round(result.mainLongestTaskCpuMs)} ms CPU), worker ${round(result.workerCpuMs)} ms, renderer process ${round(result.pageCpuMs)} ms, all of Chromium ${round(result.cpuMs)} ms (${result.caseTrades} case trades, ${result.provenanceRecords} provenance records)`,
      );
      results.push(result);
    }
    const summary = {
      bench: 'report',
      alerts,
      trades,
      runs,
      case_trades: results[0]!.caseTrades,
      provenance_records: results[0]!.provenanceRecords,
      document_chars: await page.evaluate(() =>
        (window as unknown as { reportBench: ReportBenchApi }).reportBench.documentChars(),
      ),
      median_total_ms: round(median(results.map((r) => r.totalMs))),
      median_read_ms: round(median(results.map((r) => r.loadMs))),
      median_draft_ms: round(median(results.map((r) => r.draftMs))),
      median_cpu_ms: round(median(results.map((r) => r.cpuMs))),
      /** The renderer process (main thread + workers): the rest is Chromium's storage service. */
      median_page_cpu_ms: round(median(results.map((r) => r.pageCpuMs))),
      /** The page's main thread alone, from the trace: what can stall the interface. */
      median_main_thread_cpu_ms: round(median(results.map((r) => r.mainCpuMs))),
      median_main_longest_task_ms: round(median(results.map((r) => r.mainLongestTaskMs))),
      max_main_longest_task_ms: round(Math.max(...results.map((r) => r.mainLongestTaskMs))),
      /** CPU of that longest task: its wall time on a loaded machine is mostly waiting for a core. */
      median_main_longest_task_cpu_ms: round(median(results.map((r) => r.mainLongestTaskCpuMs))),
      median_worker_cpu_ms: round(median(results.map((r) => r.workerCpuMs))),
      load_average: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]),
      first_total_ms: round(results[0]!.totalMs),
    };
    log(
      `drafting a case of ${alerts} alerts: median ${summary.median_total_ms} ms wall (worker: read ${summary.median_read_ms} ms, draft ${summary.median_draft_ms} ms); CPU: worker ${summary.median_worker_cpu_ms} ms, page main thread ${summary.median_main_thread_cpu_ms} ms (longest task ${summary.median_main_longest_task_ms} ms, ${summary.median_main_longest_task_cpu_ms} ms of CPU, worst ${summary.max_main_longest_task_ms} ms), renderer ${summary.median_page_cpu_ms} ms, Chromium ${summary.median_cpu_ms} ms; load average ${summary.load_average}`,
    );
    console.log(JSON.stringify(summary));
    return 0;
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}
