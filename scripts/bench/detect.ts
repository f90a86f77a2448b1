/**
 * `npm run bench -- detect [--data <folder>] [--truth <ground-truth.json>]`: runs every local
 * detector over the scale-10 demo's plain NDJSON (about 1.5 million trades, streamed from disk)
 * and reports reading time, each detector's time and alerts, recall against the answer key and
 * the peak resident memory. Prints a summary, and ONE JSON object on the last line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseDataset } from '../../shared/analytics/detectors';
import { evaluateAlerts, type GroundTruth } from '../../shared/analytics/evaluation';
import { NdjsonFolderDataset } from '../analyze/ndjsonDataset';
import { prepareBenchRepository } from './benchRepository';

export const DETECT_BENCH_USAGE =
  'detect [--data <folder of .ndjson>] [--truth <ground-truth.json>]';

const MB = 1024 * 1024;

export async function runDetectBench(args: string[], root: string): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { data: { type: 'string' }, truth: { type: 'string' } },
  });
  const log = (line: string) => console.log(line);
  let data = values.data;
  let truthFile = values.truth;
  if (data === undefined) {
    const repository = await prepareBenchRepository(root, 10, log);
    data = repository.dataFolder;
    truthFile ??= join(data, '..', 'ground-truth.json');
  }
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const started = Date.now();
  const result = await analyseDataset(new NdjsonFolderDataset(data, 'bench'), {
    createdMs: Date.parse('2026-10-01T00:00:00Z'),
    onProgress: log,
  });
  const totalMs = Date.now() - started;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const evaluation =
    truthFile && existsSync(truthFile)
      ? evaluateAlerts(result.alerts, JSON.parse(readFileSync(truthFile, 'utf8')) as GroundTruth)
      : null;
  console.log('');
  console.log(`trades ${result.data.trades.length}, orders ${result.data.orders.length}`);
  console.log(
    `read and index: ${(result.loadMs / 1000).toFixed(1)} s; links and groups: ${(result.linkMs / 1000).toFixed(1)} s`,
  );
  for (const run of result.runs)
    console.log(
      `  ${run.name.padEnd(20)} ${String(run.alerts).padStart(5)} alert(s) ${(run.ms / 1000).toFixed(2).padStart(7)} s`,
    );
  if (evaluation) {
    console.log(
      `recall per typology: ${evaluation.perTypology.map((entry) => `${entry.typology} ${entry.found}/${entry.schemes}`).join(', ')}`,
    );
    console.log(
      `precision ${evaluation.precision.toFixed(3)} (${evaluation.alertsOnSchemes}/${evaluation.alerts}); look-alikes alerted: ${evaluation.onLookAlikes.length}; missed: ${evaluation.missed.join(', ') || 'none'}`,
    );
  }
  console.log(`total ${(totalMs / 1000).toFixed(1)} s, peak RSS ${Math.round(peakRss / MB)} MB`);
  console.log(
    JSON.stringify({
      bench: 'detect',
      trades: result.data.trades.length,
      orders: result.data.orders.length,
      totalSeconds: totalMs / 1000,
      readSeconds: result.loadMs / 1000,
      linkSeconds: result.linkMs / 1000,
      detectors: Object.fromEntries(
        result.runs.map((run) => [run.name, { seconds: run.ms / 1000, alerts: run.alerts }]),
      ),
      alerts: result.alerts.length,
      recall: evaluation
        ? Object.fromEntries(evaluation.perTypology.map((entry) => [entry.typology, entry.recall]))
        : null,
      precision: evaluation?.precision ?? null,
      lookAlikeAlerts: evaluation?.onLookAlikes.length ?? null,
      peakRssMB: Math.round(peakRss / MB),
    }),
  );
  return 0;
}
