/**
 * Starts a pull in a fresh import worker and follows it: progress as it comes, cancel, and the
 * outcome. The page fetches nothing itself; it answers the worker's range reads through the host.
 * A worker that dies, or does not stop within CANCEL_GRACE_MS of a cancel, is terminated and the
 * maintenance that undoes interrupted imports runs at once.
 */
import { errorMessage } from '../../shared/package/refusal';
import type { HostApi } from '../../shared/host/hostApi';
import { getDatabase } from '../db/database';
import { runDatasetMaintenance } from '../db/maintenance';
import type { SourceRecord } from '../db/records';
import { defaultImportLocks } from '../import/importLocks';
import type { ImportedVersion, PullOutcome } from '../import/outcome';
import type { PageToWorker, PullRequest, WorkerToPage } from '../import/protocol';
import type { PullProgress } from '../import/pullProgress';
import { auditActor } from '../keys/auditActor';
import { KeysLockedError, unlockedAgeIdentities } from '../keys/identities';
import { repositoryHost, sourceLocation } from '../sources/sources';
import { serveRepositoryReads } from './repositoryReadService';

/** What the page shows besides the worker's outcomes. */
export type ClientOutcome =
  PullOutcome | { status: 'keys-locked'; dataset: string; imported: ImportedVersion[] };

export interface PullHandle {
  progress: {
    subscribe(listener: (progress: PullProgress) => void): () => void;
    current(): PullProgress | null;
  };
  cancel(): void;
  done: Promise<ClientOutcome>;
}

export interface StartPullOptions {
  source: SourceRecord;
  datasetId: string;
  /** Pull up to this version; the latest in the catalog by default. */
  version?: number;
}

export interface PullDependencies {
  host: Pick<HostApi, 'statRepositoryFile' | 'readRepositoryFile'>;
  identities: () => Promise<string[]>;
  actor: () => Promise<string>;
  createWorker: () => Worker;
}

const CANCEL_GRACE_MS = 10_000;

export const APP_PULL_DEPENDENCIES: PullDependencies = {
  host: repositoryHost,
  identities: unlockedAgeIdentities,
  actor: () => auditActor(getDatabase()),
  createWorker: () =>
    new Worker(new URL('../import/import.worker.ts', import.meta.url), { type: 'module' }),
};

export function startPull(
  options: StartPullOptions,
  dependencies: PullDependencies = APP_PULL_DEPENDENCIES,
): PullHandle {
  const listeners = new Set<(progress: PullProgress) => void>();
  let latest: PullProgress | null = null;
  /** Terminates the running worker and settles the pull with `outcome`. */
  let stopWorker: ((outcome: ClientOutcome, interrupted: boolean) => void) | null = null;
  let worker: Worker | null = null;
  let cancelled = false;
  let finish!: (outcome: ClientOutcome) => void;
  const done = new Promise<ClientOutcome>((resolve) => (finish = resolve));
  const ended = (status: 'cancelled' | 'failed', message = ''): ClientOutcome =>
    status === 'cancelled'
      ? { status, dataset: options.datasetId, imported: [] }
      : { status, dataset: options.datasetId, imported: [], message };

  const run = async (): Promise<ClientOutcome> => {
    let identities: string[];
    try {
      identities = await dependencies.identities();
    } catch (error) {
      if (error instanceof KeysLockedError) {
        return { status: 'keys-locked', dataset: options.datasetId, imported: [] };
      }
      throw error;
    }
    if (cancelled) return ended('cancelled');
    const request: PullRequest = {
      source: sourceLocation(options.source),
      sourceId: options.source.id,
      publisherKeyPem: options.source.publisherKeyPem,
      datasetId: options.datasetId,
      ...(options.version === undefined ? {} : { targetVersion: options.version }),
      identities,
      actor: await dependencies.actor(),
    };
    return runWorker(request);
  };

  const runWorker = (request: PullRequest) =>
    new Promise<ClientOutcome>((resolve) => {
      const channel = new MessageChannel();
      const stopServing = serveRepositoryReads(channel.port1, request.source, dependencies.host);
      const current = dependencies.createWorker();
      worker = current;
      const stop = (outcome: ClientOutcome, interrupted: boolean) => {
        current.terminate();
        stopServing();
        worker = null;
        stopWorker = null;
        if (interrupted) void tidyAfterInterruption(request.actor, request.datasetId);
        resolve(outcome);
      };
      stopWorker = stop;
      current.onmessage = (event: MessageEvent<WorkerToPage>) => {
        const message = event.data;
        if (message.type === 'progress') {
          latest = message.progress;
          for (const listener of listeners) listener(message.progress);
        } else {
          stop(message.outcome, false);
        }
      };
      current.onerror = (event) => {
        event.preventDefault();
        stop(ended('failed', event.message || 'the import worker stopped'), true);
      };
      const start: PageToWorker = { type: 'start', request, port: channel.port2 };
      current.postMessage(start, [channel.port2]);
      if (cancelled) requestCancel();
    });

  const requestCancel = () => {
    const current = worker;
    if (!current) return;
    current.postMessage({ type: 'cancel' } satisfies PageToWorker);
    setTimeout(() => {
      if (worker === current) stopWorker?.(ended('cancelled'), true);
    }, CANCEL_GRACE_MS);
  };

  run().then(finish, (error: unknown) => finish(ended('failed', errorMessage(error))));

  return {
    progress: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      current: () => latest,
    },
    cancel() {
      if (cancelled) return;
      cancelled = true;
      requestCancel();
    },
    done,
  };
}

/** A worker that was terminated may have left a started import: undo it now, not at next start-up. */
async function tidyAfterInterruption(actor: string, dataset: string): Promise<void> {
  try {
    const locks = defaultImportLocks();
    // Until the dead worker's lock is gone its import counts as live and would be left alone.
    await locks.whenReleased(dataset);
    await runDatasetMaintenance(getDatabase(), await locks.liveDatasets(), actor, new Date());
  } catch (error) {
    console.error('Could not tidy up after an interrupted import', error);
  }
}
