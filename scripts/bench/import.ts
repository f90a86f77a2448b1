/**
 * `npm run bench -- import [--scale N] [--bulkput-rows N]`: imports a demo jurisdiction of N times
 * the base size (10 by default: about 1.5 million trades, 4.4 million rows) through the real
 * pipeline in headless Chromium with a persistent profile (IndexedDB on disk), then times a raw
 * row-per-record Dexie bulkPut of trades in the same browser, then the storage alternatives.
 * The page's main-thread tasks and the live heaps come from a Chrome trace of the pull
 * (pullTrace.ts). Prints a summary, and ONE JSON object on the last line.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { createStaticServer, listenOnLoopback } from '../lib/staticServer.mjs';
import type {
  BenchPullResult,
  ImportBenchApi,
  RawBulkPutResult,
  StorageVariantsResult,
} from '../../shared/importer/benchProtocol';
import { BENCH_DATASET, prepareBenchRepository } from './benchRepository';
import { buildBenchHarness } from './buildHarness';
import { watchChromiumMemory } from './processMemory';
import { startPullTrace } from './pullTrace';

export const IMPORT_BENCH_USAGE =
  'import [--scale N] [--bulkput-rows N] [--skip-variants] [--trace trace.json]';

const MB = 1024 * 1024;

export async function runImportBench(args: string[], root: string): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      scale: { type: 'string', default: '10' },
      'bulkput-rows': { type: 'string', default: '200000' },
      'skip-variants': { type: 'boolean', default: false },
      trace: { type: 'string' },
    },
  });
  const scale = Number(values.scale);
  const bulkPutRows = Number(values['bulkput-rows']);
  if (!(scale > 0) || !(bulkPutRows > 0))
    throw new Error(`usage: npm run bench -- ${IMPORT_BENCH_USAGE}`);
  const log = (line: string) => console.log(line);

  const repository = await prepareBenchRepository(root, scale, log);
  const harness = join(root, 'dist', 'bench', 'import-harness');
  await buildBenchHarness(root, harness);
  const server = createStaticServer([
    { prefix: '/', folder: harness },
    { prefix: '/repository/', folder: repository.repositoryFolder },
    { prefix: '/data/', folder: repository.dataFolder },
  ]);
  const port = await listenOnLoopback(server, 0);
  const origin = `http://127.0.0.1:${port}`;
  const profile = await mkdtemp(join(tmpdir(), 'examiner-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-quic', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      // Warnings too: a fallback (a spill file kept in memory) changes the memory figures.
      if (message.type() === 'error' || message.type() === 'warning')
        console.error(`page: ${message.text()}`);
    });
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => 'importBench' in window);

    log(
      `pulling ${BENCH_DATASET} (${Object.values(repository.rowsByTable).reduce((a, b) => a + b, 0)} rows) through the pipeline`,
    );
    const trace = await startPullTrace(page);
    const stopWatching = watchChromiumMemory(profile);
    const pull: BenchPullResult = await page.evaluate(
      (request) => (window as unknown as { importBench: ImportBenchApi }).importBench.pull(request),
      {
        baseUrl: `${origin}/repository/`,
        publisherKeyPem: repository.publisherKeyPem,
        identity: repository.identity,
        datasetId: BENCH_DATASET,
      },
    );
    const memory = stopWatching();
    const traced = await trace.stop(values.trace !== undefined);
    if (values.trace !== undefined && traced.text !== null) {
      await writeFile(values.trace, traced.text);
      log(`trace of the pull written to ${values.trace}`);
    }
    const { figures } = traced;
    if (pull.status !== 'imported')
      throw new Error(`the pull ended ${JSON.stringify(pull.outcome)}`);

    log(`raw bulkPut of ${bulkPutRows} trades, one record per row`);
    const bulkPut: RawBulkPutResult = await page.evaluate(
      (request) =>
        (window as unknown as { importBench: ImportBenchApi }).importBench.rawBulkPut(request),
      { url: `${origin}/data/trades.ndjson`, table: 'trades', maxRows: bulkPutRows },
    );

    let variants: StorageVariantsResult | null = null;
    if (!values['skip-variants']) {
      log('storage alternatives on the imported trades');
      variants = await page.evaluate(
        (generation) =>
          (window as unknown as { importBench: ImportBenchApi }).importBench.storageVariants(
            generation,
          ),
        `${BENCH_DATASET}#1`,
      );
    }

    const rows = Object.values(repository.rowsByTable).reduce((sum, count) => sum + count, 0);
    const trades = repository.rowsByTable.trades ?? 0;
    const seconds = pull.ms / 1000;
    const pipelineRowsPerSecond = rows / seconds;
    const bulkPutRowsPerSecond = bulkPut.rows / (bulkPut.ms / 1000);
    const result = {
      bench: 'import',
      scale,
      rows,
      trades,
      pipeline_seconds: round(seconds, 1),
      pipeline_rows_per_s: Math.round(pipelineRowsPerSecond),
      pipeline_trades_per_min: Math.round((trades / seconds) * 60),
      bulkput_rows: bulkPut.rows,
      bulkput_rows_per_s: Math.round(bulkPutRowsPerSecond),
      pipeline_vs_bulkput: round(pipelineRowsPerSecond / bulkPutRowsPerSecond, 2),
      max_ui_block_ms: round(Math.max(pull.block.maxLongTaskMs, figures.maxMainTaskMs), 1),
      max_ui_block_cpu_ms: round(figures.maxMainTaskCpuMs, 1),
      max_ui_task_cpu_ms: round(figures.maxMainTaskOwnCpuMs, 1),
      load_average: round(loadavg()[0] ?? 0, 1),
      worker_cpu_s: round(figures.workerCpuMs / 1000, 1),
      page_cpu_s: round(figures.pageCpuMs / 1000, 1),
      long_tasks: Math.max(pull.block.longTasks, figures.mainLongTasks),
      max_timer_drift_ms: round(pull.block.maxTimerDriftMs, 1),
      peak_mb: Math.round(memory.rendererBytes / MB),
      live_js_mb: round((figures.workerLiveHeapBytes + figures.pageLiveHeapBytes) / MB, 1),
      worker_live_js_mb: round(figures.workerLiveHeapBytes / MB, 1),
      worker_major_gcs: figures.workerMajorGcs,
      chromium_peak_mb: Math.round(memory.allBytes / MB),
      progress_events: pull.progressEvents,
      worst_blocks: pull.block.worst,
      table_ms:
        (pull.outcome as { imported?: { tableMs?: Record<string, number> }[] }).imported?.[0]
          ?.tableMs ?? {},
      account_query: variants && {
        accounts: variants.sampleAccounts,
        postings_write_ms: Math.round(variants.postings.writeMs),
        postings_query_ms: Math.round(variants.postings.queryMs),
        multientry_write_ms: Math.round(variants.multiEntry.writeMs),
        multientry_query_ms: Math.round(variants.multiEntry.queryMs),
        chunks_read: variants.postings.chunksRead,
      },
      instrument_query_chunks: variants && {
        instruments: variants.sampleInstruments,
        partitioned: variants.instrumentChunksPartitioned,
        sequential: variants.instrumentChunksSequential,
        of: variants.chunks,
      },
    };
    log(
      `pipeline: ${rows} rows in ${result.pipeline_seconds} s = ${result.pipeline_rows_per_s} rows/s ` +
        `(${result.pipeline_trades_per_min} trades/min); raw bulkPut: ${result.bulkput_rows_per_s} rows/s; ` +
        `UI block ≤ ${result.max_ui_block_ms} ms; renderer peak ${result.peak_mb} MB`,
    );
    console.log(JSON.stringify(result));
    return 0;
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
