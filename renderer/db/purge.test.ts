import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import { ChunkBuilder } from '../../shared/importer/chunkBuilder';
import { TABLE_LAYOUTS } from '../../shared/importer/layouts';
import type { WorkstationDatabase } from './database';
import { openWorkstationDatabase } from './database';
import { purgeGeneration, storedGenerations, sweepOrphanGenerations } from './purge';

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

async function seed(generation: string): Promise<void> {
  const builder = new ChunkBuilder(TABLE_LAYOUTS.trades);
  builder.add(SAMPLE_ROWS.trades as never);
  await db.chunks.put({ ...builder.build(0), generation });
  await db.accountPostings.put({
    generation,
    table: 'trades',
    bucket: 3,
    part: 0,
    accounts: ['A1'],
    offsets: new Uint32Array([0, 1]),
    seqs: new Uint32Array([0]),
  });
  await db.accounts.put({ ...SAMPLE_ROWS.accounts, dataset: generation });
  await db.alerts.put({ ...SAMPLE_ROWS.alerts, dataset: generation });
}

const dataset = (id: string, generation: string) => ({
  id,
  sourceId: 's',
  title: id,
  currentVersion: 1,
  kind: 'full' as const,
  importedAt: '2026-11-20T00:00:00.000Z',
  expires: '2027-10-01T00:00:00+08:00',
  scope: { jurisdiction: '', brokers: [], period: { from: '', to: '' } },
  manifestHash: '',
  generation,
  rowCounts: {},
});

describe('purging generations', () => {
  it('deletes one generation from every store, leaves the others, and may run twice', async () => {
    await seed('gd#1');
    await seed('gd#10');
    await seed('gd#1~staging');
    await purgeGeneration(db, 'gd#1');
    await purgeGeneration(db, 'gd#1');
    expect([...(await storedGenerations(db))].sort()).toEqual(['gd#10', 'gd#1~staging']);
    expect(await db.accounts.get(['gd#10', 'A1'])).toBeDefined();
    expect(await db.accountPostings.count()).toBe(2);
  });

  it('sweeps generations no dataset names and no live import claims', async () => {
    await seed('gd#1');
    await seed('gd#2');
    await seed('sz#4~staging');
    await db.datasets.put(dataset('gd', 'gd#2'));
    const swept = await sweepOrphanGenerations(db, (generation) => generation.startsWith('sz#'));
    expect(swept).toEqual(['gd#1']);
    expect([...(await storedGenerations(db))].sort()).toEqual(['gd#2', 'sz#4~staging']);
  });
});
