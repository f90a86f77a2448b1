/**
 * Local detection over IndexedDB (fake-indexeddb): the demo repository pulled as the app pulls
 * it reads back through IndexedDbDataset row for row as the in-memory pull, the detectors find
 * the same alerts over both, and a run stores new and raised alerts, replacing the last run's.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDataset } from '../../../shared/analytics/detectors';
import type { AnalysedTableName } from '../../../shared/analytics/dataset';
import { dedupAgainstSandbox } from '../../../shared/analytics/dedup';
import { trustedKeyFromPem } from '../../../shared/crypto/trustedKey';
import { DICTIONARY_TABLES } from '../../../shared/dictionary/tables';
import { primaryKeyOf } from '../../../shared/dictionary/primaryKey';
import { isChunkedTable } from '../../../shared/importer/layouts';
import { parseIdentityFile } from '../../../shared/package/identityFile';
import type { MemoryDataset } from '../../../scripts/analyze/memoryDataset';
import { pullIntoMemory } from '../../../scripts/analyze/pullIntoMemory';
import { repositoryReaderFor } from '../../../scripts/sandbox/readers';
import { openWorkstationDatabase, type WorkstationDatabase } from '../../db/database';
import { memoryImportLocks } from '../../import/importLocks';
import { pullDataset } from '../../import/pullDataset';
import { loadQueueRows } from '../queueData';
import { lastDetectionRun, StaleGenerationError } from './detectionStore';
import { currentDataset, ROW_PAGE } from './indexedDbDataset';
import { runLocalDetection } from './runDetection';

const root = new URL('../../../', import.meta.url);
const asset = (path: string) => new URL(path, root).pathname;
const DATASET = 'gd-2026q3-demo';
const CREATED = Date.parse('2026-10-01T00:00:00Z');

let db: WorkstationDatabase;
let memory: MemoryDataset;

beforeAll(async () => {
  const publisherKeyPem = readFileSync(asset('assets/demo-keys/demo-publisher.pub.pem'), 'utf8');
  const identities = parseIdentityFile(
    readFileSync(asset('assets/demo-keys/demo-identity.txt'), 'utf8'),
  );
  const reader = repositoryReaderFor(asset('assets/demo-repository'));
  const [report] = await pullIntoMemory(reader, [trustedKeyFromPem(publisherKeyPem)], identities, () => {});
  memory = report!.dataset;
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const outcome = await pullDataset(
    {
      source: { kind: 'bundled' },
      sourceId: 'demo',
      publisherKeyPem,
      datasetId: DATASET,
      identities,
      actor: 'examiner-1',
    },
    {
      db,
      reader,
      locks: memoryImportLocks(),
      signal: new AbortController().signal,
      onProgress: () => undefined,
      now: () => new Date('2026-11-26T02:00:00.000Z'),
      retryPolicy: { retries: 0, firstDelayMs: 1 },
    },
  );
  expect(outcome).toMatchObject({ status: 'imported' });
}, 180_000);

const ANALYSED = DICTIONARY_TABLES.map((table) => table.name).filter(
  (name): name is AnalysedTableName => name !== 'tombstones',
);

describe('IndexedDbDataset', () => {
  it.each(ANALYSED)('reads %s back as the in-memory pull holds it, in bounded batches', async (table) => {
    const dataset = await currentDataset(DATASET, db);
    expect(dataset?.version).toBe(memory.version);
    const keys: string[] = [];
    for await (const batch of dataset!.batches(table)) {
      expect(batch.length).toBeLessThanOrEqual(isChunkedTable(table) ? 4096 : ROW_PAGE);
      for (const row of batch) {
        expect(row).not.toHaveProperty('dataset');
        keys.push(primaryKeyOf(table, row));
      }
    }
    const expected = [...memory.rows(table)].map((row) => primaryKeyOf(table, row));
    expect(keys.sort()).toEqual(expected.sort());
  });

  it('gives the detectors what the in-memory pull gives them', async () => {
    const dataset = await currentDataset(DATASET, db);
    const fromDb = await analyseDataset(dataset!, { createdMs: CREATED });
    const fromMemory = await analyseDataset(memory, { createdMs: CREATED });
    expect(fromDb.alerts.length).toBeGreaterThan(0);
    expect(fromDb.alerts).toEqual(fromMemory.alerts);
  }, 120_000);
});

describe('a local detection run', () => {
  it('stores new alerts and raised sandbox alerts, replacing the previous run, with an audit entry', async () => {
    const expected = dedupAgainstSandbox(
      (await analyseDataset(memory, { createdMs: CREATED })).alerts,
      [...memory.rows('alerts')],
    );
    const importedBefore = await db.alerts.count();
    const summary = await runLocalDetection(db, { dataset: DATASET, actor: 'examiner-1' });
    expect(summary).toMatchObject({
      dataset: DATASET,
      version: memory.version,
      fresh: expected.fresh.length,
      raised: expected.raised.length,
    });
    // A second run replaces the first rather than adding to it.
    await runLocalDetection(db, { dataset: DATASET, actor: 'examiner-1' });
    const stored = await db.localAlerts.toArray();
    expect(stored).toHaveLength(expected.fresh.length + expected.raised.length);
    const raised = stored.filter((record) => record.raises);
    expect(raised.map((record) => record.id).sort()).toEqual(
      expected.raised.map((alert) => alert.id).sort(),
    );
    for (const record of raised) {
      const sandbox = memory.rows('alerts');
      const original = [...sandbox].find((alert) => alert.id === record.id)!;
      expect(record.raises?.sandboxScore).toBe(original.score);
      expect(record.score).toBeGreaterThanOrEqual(original.score);
      expect(record.features.some((feature) => feature.name.startsWith('local:'))).toBe(true);
      expect(record.raises?.localIds.length).toBeGreaterThan(0);
    }
    // The imported rows are untouched.
    expect(await db.alerts.count()).toBe(importedBefore);
    expect(await lastDetectionRun(db, DATASET)).toMatchObject({ fresh: expected.fresh.length });
    const entries = await db.audit.where('action').equals('detection.run').toArray();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ actor: 'examiner-1', entityId: DATASET });

    // The queue lists each raised sandbox alert once, as raised, and the new ones as local.
    const rows = await loadQueueRows(db);
    expect(rows).toHaveLength(importedBefore + expected.fresh.length);
    expect(rows.filter((row) => row.source === 'local')).toHaveLength(expected.fresh.length);
    const raisedRows = rows.filter((row) => row.source === 'raised');
    expect(raisedRows.map((row) => row.id).sort()).toEqual(raised.map((record) => record.id).sort());
  }, 120_000);

  it('refuses to store a run over a generation that is no longer current', async () => {
    const record = await db.datasets.get(DATASET);
    const before = await db.localAlerts.count();
    const moved = `${DATASET}#99`;
    await expect(
      runLocalDetection(db, { dataset: DATASET, actor: 'examiner-1' }, (progress) => {
        // The import commits a new generation while the detectors run.
        if (progress.stage === 'writing') void db.datasets.update(DATASET, { generation: moved });
      }),
    ).rejects.toBeInstanceOf(StaleGenerationError);
    await db.datasets.put(record!);
    expect(await db.localAlerts.count()).toBe(before);
  }, 120_000);
});
