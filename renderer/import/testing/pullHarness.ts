/**
 * Runs pullDataset under Node against fake-indexeddb and an in-memory repository, as the worker
 * would against IndexedDB and the page's reads: for the pipeline's tests.
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ed25519PublicKeyToPem } from '../../../shared/crypto/ed25519PublicKey';
import type {
  FixtureDataset,
  FixturePublisher,
} from '../../../shared/package/testing/packageFixture';
import {
  buildFixtureRepository,
  createFixturePublisher,
} from '../../../shared/package/testing/packageFixture';
import type { RepositoryReader } from '../../../shared/package/repositoryReader';
import type { MemoryRepository } from '../../../shared/package/memoryRepository';
import type { WorkstationDatabase } from '../../db/database';
import { openWorkstationDatabase } from '../../db/database';
import type { ImportLocks } from '../importLocks';
import { memoryImportLocks } from '../importLocks';
import type { PullOutcome } from '../outcome';
import type { PartialStore } from '../partialDownloads';
import type { PullProgress } from '../pullProgress';
import { pullDataset } from '../pullDataset';

export const TEST_NOW = new Date('2026-11-26T02:00:00.000Z');

export interface PullHarness {
  db: WorkstationDatabase;
  publisher: FixturePublisher;
  publisherKeyPem: string;
  identity: string;
  recipient: string;
  locks: ImportLocks;
}

export async function createPullHarness(): Promise<PullHarness> {
  const db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const identity = await generateX25519Identity();
  const publisher = createFixturePublisher();
  return {
    db,
    publisher,
    publisherKeyPem: ed25519PublicKeyToPem(publisher.trustedKey.publicKey),
    identity,
    recipient: await identityToRecipient(identity),
    locks: memoryImportLocks(),
  };
}

export function repositoryOf(
  harness: PullHarness,
  datasets: FixtureDataset[],
): Promise<MemoryRepository> {
  return buildFixtureRepository(harness.publisher, datasets);
}

export interface PullOptions {
  reader: RepositoryReader;
  dataset?: string;
  targetVersion?: number;
  identities?: string[];
  signal?: AbortSignal;
  onProgress?: (progress: PullProgress) => void;
  now?: Date;
  partials?: PartialStore;
  tableReadBytes?: number;
}

export function runPull(harness: PullHarness, options: PullOptions): Promise<PullOutcome> {
  return pullDataset(
    {
      source: { kind: 'bundled' },
      sourceId: 'source-1',
      publisherKeyPem: harness.publisherKeyPem,
      datasetId: options.dataset ?? 'gd',
      ...(options.targetVersion === undefined ? {} : { targetVersion: options.targetVersion }),
      identities: options.identities ?? [harness.identity],
      actor: 'examiner-1',
    },
    {
      db: harness.db,
      reader: options.reader,
      locks: harness.locks,
      signal: options.signal ?? new AbortController().signal,
      onProgress: options.onProgress ?? (() => undefined),
      now: () => options.now ?? TEST_NOW,
      retryPolicy: { retries: 2, firstDelayMs: 1 },
      ...(options.partials ? { partials: options.partials } : {}),
      ...(options.tableReadBytes ? { tableReadBytes: options.tableReadBytes } : {}),
    },
  );
}

/** Every store's rows except the import markers and the audit log, to compare before and after. */
export async function snapshotData(db: WorkstationDatabase): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (table.name === 'imports' || table.name === 'audit') continue;
    snapshot[table.name] = await table.toArray();
  }
  return snapshot;
}
