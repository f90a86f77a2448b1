/** The import worker: a message switch around pullDataset (see protocol.ts). One pull per worker. */
import { errorMessage } from '../../shared/package/refusal';
import { getDatabase } from '../db/database';
import { defaultImportLocks } from './importLocks';
import { canUseSyncOpfs, openOpfsSpillStore } from './opfsSpillStore';
import { OpfsPartialStore } from './opfsPartialStore';
import { PortRepositoryReader } from './portReader';
import type { PageToWorker, PullRequest, WorkerToPage } from './protocol';
import { pullDataset } from './pullDataset';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancellation = new AbortController();
let started = false;

function send(message: WorkerToPage): void {
  scope.postMessage(message);
}

/** Partial downloads live in the origin private file system; without it, downloads are not kept. */
async function openPartials(): Promise<OpfsPartialStore | null> {
  if (!canUseSyncOpfs()) return null;
  return OpfsPartialStore.open().catch((error: unknown) => {
    console.warn('Downloads will not be kept across reloads:', error);
    return null;
  });
}

async function start(request: PullRequest, port: MessagePort): Promise<void> {
  started = true;
  const partials = await openPartials();
  await pullDataset(request, {
    db: getDatabase(),
    reader: new PortRepositoryReader(port),
    locks: defaultImportLocks(),
    signal: cancellation.signal,
    onProgress: (progress) => send({ type: 'progress', progress }),
    ...(canUseSyncOpfs() ? { openSpill: openOpfsSpillStore } : {}),
    ...(partials ? { partials } : {}),
  })
    .catch((error: unknown) => ({
      status: 'failed' as const,
      dataset: request.datasetId,
      imported: [],
      message: errorMessage(error),
    }))
    .then((outcome) => {
      partials?.close();
      send({ type: 'done', outcome });
    });
}

scope.onmessage = (event: MessageEvent<PageToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      if (!started) void start(message.request, message.port);
      break;
    case 'cancel':
      cancellation.abort(new DOMException('The pull was cancelled', 'AbortError'));
      break;
  }
};
