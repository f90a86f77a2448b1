import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../db/audit';
import { openWorkstationDatabase, type WorkstationDatabase } from '../db/database';
import { runDatasetMaintenance } from '../db/maintenance';
import type { DatasetRecord } from '../db/records';
import { recoveryEventsAfter } from './recoveryEvents';

let db: WorkstationDatabase;
const NOW = new Date('2026-11-26T08:00:00.000Z');

beforeEach(async () => {
  db = await openWorkstationDatabase({
    name: 'recovery-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
});
afterEach(() => db.close());

function dataset(id: string, title: string, expires: string): DatasetRecord {
  return {
    id,
    sourceId: 'src',
    title,
    currentVersion: 3,
    kind: 'full',
    importedAt: '2026-11-01T00:00:00.000Z',
    expires,
    scope: {
      jurisdiction: '440000',
      brokers: [],
      period: { from: '2026-07-01', to: '2026-09-30' },
    },
    manifestHash: 'ab'.repeat(32),
    generation: `${id}#3`,
    rowCounts: {},
  };
}

describe('recoveryEventsAfter', () => {
  it('lists the imports maintenance undid and the datasets it purged, titled, until dismissed', async () => {
    await db.datasets.bulkPut([
      dataset('gd', '广东 2026Q3', '2027-01-01T00:00:00+08:00'),
      dataset('sz', '深圳 2026Q2', '2026-11-01T00:00:00+08:00'),
    ]);
    await appendAudit(db, {
      actor: 'examiner-1',
      action: 'source.added',
      entity: 'source',
      entityId: 'src',
    });
    await db.imports.add({
      dataset: 'gd',
      version: 4,
      state: 'started',
      startedAt: '2026-11-26T07:59:00.000Z',
      finishedAt: null,
      error: null,
    } as never);

    const report = await runDatasetMaintenance(db, new Set(), 'examiner-1', NOW);
    expect(report).toMatchObject({ interrupted: 1, purgedDatasets: ['sz'] });

    const events = await recoveryEventsAfter(0, db);
    expect(events.map(({ seq: _seq, ...event }) => event)).toEqual([
      {
        action: 'import.interrupted',
        dataset: 'gd',
        title: '广东 2026Q3',
        version: 4,
        ts: NOW.toISOString(),
      },
      // Its dataset record is gone: the title comes from the purge's own audit entry.
      {
        action: 'dataset.purged',
        dataset: 'sz',
        title: '深圳 2026Q2',
        version: 3,
        ts: NOW.toISOString(),
      },
    ]);
    expect(await recoveryEventsAfter(events[0]!.seq, db)).toHaveLength(1);
    expect(await recoveryEventsAfter(events[1]!.seq, db)).toEqual([]);
  });
});
