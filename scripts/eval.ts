/**
 * `npm run eval [-- --data <ndjson folder> --truth <ground-truth.json>] [--seeds N] [--retrain-every N]`:
 * runs the local detectors on the demo data (by default the bundled demo repository, pulled with
 * the demo keys as the workstation pulls it) and scores them against the answer key, then runs
 * the simulated analyst over the alert queue in the learning loop's order, the score orders and
 * random orders. Prints tables and ONE JSON line last.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalysisDataset } from '../shared/analytics/dataset';
import type { GroundTruth } from '../shared/analytics/evaluation';
import { trustedKeyFromPem } from '../shared/crypto/trustedKey';
import { parseIdentityFile } from '../shared/package/identityFile';
import { NdjsonFolderDataset } from './analyze/ndjsonDataset';
import { pullIntoMemory } from './analyze/pullIntoMemory';
import { evalTables } from './eval/printEval';
import { runEval } from './eval/runEval';
import { repositoryReaderFor } from './sandbox/readers';

const USAGE =
  'usage: npm run eval [-- --data <ndjson folder> --truth <ground-truth.json>] [--seeds <random orders, default 11>] [--retrain-every <labels, default 1>]';
const asset = (path: string) => new URL(`../${path}`, import.meta.url).pathname;

async function bundledDemo(): Promise<AnalysisDataset> {
  const [report] = await pullIntoMemory(
    repositoryReaderFor(asset('assets/demo-repository')),
    [trustedKeyFromPem(await readFile(asset('assets/demo-keys/demo-publisher.pub.pem'), 'utf8'))],
    parseIdentityFile(await readFile(asset('assets/demo-keys/demo-identity.txt'), 'utf8')),
    (line) => console.log(line),
  );
  if (!report) throw new Error('assets/demo-repository: the index lists no dataset');
  return report.dataset;
}

const positive = (name: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name}: expected a whole number ≥ 1, got "${text}"`);
  return value;
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      truth: { type: 'string' },
      seeds: { type: 'string' },
      'retrain-every': { type: 'string' },
    },
  });
  if (Boolean(values.data) !== Boolean(values.truth)) {
    console.error(`--data and --truth go together\n${USAGE}`);
    return 2;
  }
  const dataset = values.data
    ? new NdjsonFolderDataset(values.data, basename(values.data.replace(/\/+$/, '')))
    : await bundledDemo();
  const truthPath = values.truth ?? asset('assets/demo-ground-truth.json');
  const truth = JSON.parse(await readFile(truthPath, 'utf8')) as GroundTruth;
  if (!Array.isArray(truth.schemes) || !Array.isArray(truth.benign))
    throw new Error(`${truthPath}: not a ground truth (expected "schemes" and "benign" lists)`);
  const started = performance.now();
  const result = await runEval(dataset, truth, {
    randomSeeds: positive('seeds', values.seeds, 11),
    retrainEvery: positive('retrain-every', values['retrain-every'], 1),
    onProgress: (line) => console.log(line),
  });
  for (const line of evalTables(result)) console.log(line);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(result));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
