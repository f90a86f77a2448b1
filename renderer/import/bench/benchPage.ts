/**
 * The browser half of `npm run bench -- import`: runs the real pull (page client, import worker,
 * IndexedDB) against a repository served on loopback, then the raw row-per-record bulkPut and the
 * storage alternatives in workers, and hands the figures back to Playwright.
 */
import type {
  BenchPullRequest,
  BenchPullResult,
  ImportBenchApi,
  RawBulkPutRequest,
  RawBulkPutResult,
  StorageVariantsResult,
} from '../../../shared/importer/benchProtocol';
import type { SourceRecord } from '../../db/records';
import { APP_PULL_DEPENDENCIES, startPull } from '../../datasets/pullClient';
import { startUiBlockProbe } from './uiBlockProbe';

async function pull(request: BenchPullRequest): Promise<BenchPullResult> {
  const source: SourceRecord = {
    id: 'bench-source',
    kind: 'http',
    location: request.baseUrl,
    title: 'Benchmark repository',
    publisherKeyPem: request.publisherKeyPem,
    fingerprint: '',
    addedAt: new Date().toISOString(),
  };
  const stopProbe = startUiBlockProbe();
  const started = performance.now();
  const handle = startPull(
    { source, datasetId: request.datasetId },
    {
      ...APP_PULL_DEPENDENCIES,
      identities: async () => [request.identity],
      actor: async () => 'bench',
    },
  );
  let progressEvents = 0;
  const state = document.getElementById('state');
  handle.progress.subscribe((progress) => {
    progressEvents++;
    const imported = progress.stages.find((stage) => stage.stage === 'import');
    if (state)
      state.textContent = `${progress.phase} ${progress.table ?? ''} ${imported?.done ?? 0}/${imported?.total ?? 0}`;
  });
  const outcome = await handle.done;
  const ms = performance.now() - started;
  const block = stopProbe();
  return {
    status: outcome.status,
    outcome,
    ms,
    progressEvents,
    block,
  };
}

function inWorker<Request, Result>(worker: Worker, request: Request): Promise<Result> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Result>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}

function rawBulkPut(request: RawBulkPutRequest): Promise<RawBulkPutResult> {
  const worker = new Worker(new URL('./rawBulkPut.worker.ts', import.meta.url), { type: 'module' });
  return inWorker(worker, request);
}

function storageVariants(generation: string): Promise<StorageVariantsResult> {
  const worker = new Worker(new URL('./storageVariants.worker.ts', import.meta.url), {
    type: 'module',
  });
  return inWorker(worker, { generation });
}

declare global {
  interface Window {
    importBench: ImportBenchApi;
  }
}

window.importBench = { pull, rawBulkPut, storageVariants };
