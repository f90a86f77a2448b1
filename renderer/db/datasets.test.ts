import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkstationDatabase } from './database';
import { openWorkstationDatabase } from './database';
import { countImportedDatasets, listDatasets } from './datasets';
import type { DatasetRecord } from './records';

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const dataset = (id: string, title: string): DatasetRecord => ({
  id,
  sourceId: 'src-1',
  title,
  currentVersion: 1,
  kind: 'full',
  importedAt: '2026-11-20T01:00:00.000Z',
  expires: '2027-10-01T00:00:00+08:00',
  scope: {
    jurisdiction: '440000',
    brokers: ['B01'],
    period: { from: '2026-07-01', to: '2026-09-30' },
  },
  manifestHash: 'ab'.repeat(32),
  generation: `${id}#1`,
  rowCounts: {},
});

describe('datasets', () => {
  it('lists nothing and counts zero before any import', async () => {
    expect(await listDatasets(db)).toEqual([]);
    expect(await countImportedDatasets(db)).toBe(0);
  });

  it('lists datasets by title, then by id', async () => {
    await db.datasets.bulkPut([
      dataset('sz-2026q3', 'Shenzhen, 2026 Q3'),
      dataset('gd-2026q3-b', 'Guangdong, 2026 Q3'),
      dataset('gd-2026q3-a', 'Guangdong, 2026 Q3'),
    ]);
    expect((await listDatasets(db)).map((row) => row.id)).toEqual([
      'gd-2026q3-a',
      'gd-2026q3-b',
      'sz-2026q3',
    ]);
    expect(await countImportedDatasets(db)).toBe(3);
  });

  it('counts a dataset once however many versions it has', async () => {
    await db.datasets.put({
      ...dataset('gd-2026q3', 'Guangdong'),
      currentVersion: 2,
      kind: 'delta',
    });
    await db.datasetVersions.bulkPut([
      {
        dataset: 'gd-2026q3',
        version: 1,
        manifestSha256: 'a',
        kind: 'full',
        base: null,
        importedAt: 't1',
        rowCounts: { trades: 10 },
      },
      {
        dataset: 'gd-2026q3',
        version: 2,
        manifestSha256: 'b',
        kind: 'delta',
        base: 1,
        importedAt: 't2',
        rowCounts: { trades: 2, tombstones: 1 },
      },
    ]);
    expect(await countImportedDatasets(db)).toBe(1);
    expect(await db.datasetVersions.where('dataset').equals('gd-2026q3').count()).toBe(2);
  });
});
