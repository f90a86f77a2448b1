import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePrimaryKey } from '../../shared/dictionary/primaryKey';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import type { Alert } from '../../shared/dictionary/types';
import type { WorkstationDatabase } from './database';
import { openWorkstationDatabase } from './database';
import { ROW_STORE_TABLES } from './schemaV2';

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const alert = (
  id: string,
  typology: Alert['typology'],
  score: number,
  accounts: string[],
): Alert => ({
  ...SAMPLE_ROWS.alerts,
  id,
  typology,
  score,
  accounts,
  instruments: accounts.map((account) => `${account}.SZ`),
});

describe('indexes that the screens query', () => {
  it('finds every alert that names an account or an instrument, through the multi-entry indexes', async () => {
    await db.alerts.bulkPut([
      { ...alert('AL1', 'wash_trade', 0.95, ['A1', 'A2']), dataset: 'gd' },
      { ...alert('AL2', 'spoofing', 0.7, ['A2']), dataset: 'gd' },
      { ...alert('AL3', 'wash_trade', 0.6, ['A3']), dataset: 'gd' },
    ]);
    const naming = await db.alerts.where('accounts').equals('A2').toArray();
    expect(naming.map((row) => row.id).sort()).toEqual(['AL1', 'AL2']);
    const aboutA1OrA3 = await db.alerts
      .where('instruments')
      .anyOf('A1.SZ', 'A3.SZ')
      .distinct()
      .toArray();
    expect(aboutA1OrA3.map((row) => row.id).sort()).toEqual(['AL1', 'AL3']);
  });

  it('ranks alerts of one typology by score', async () => {
    await db.alerts.bulkPut([
      { ...alert('AL1', 'wash_trade', 0.95, ['A1']), dataset: 'gd' },
      { ...alert('AL2', 'spoofing', 0.99, ['A2']), dataset: 'gd' },
      { ...alert('AL3', 'wash_trade', 0.6, ['A3']), dataset: 'gd' },
      { ...alert('AL4', 'wash_trade', 0.85, ['A4']), dataset: 'gd' },
    ]);
    const strong = await db.alerts
      .where('[typology+score]')
      .between(['wash_trade', 0.8], ['wash_trade', 1], true, true)
      .reverse()
      .toArray();
    expect(strong.map((row) => row.id)).toEqual(['AL1', 'AL4']);
  });

  it('finds one dataset’s accounts in a region', async () => {
    await db.accounts.bulkPut([
      { ...SAMPLE_ROWS.accounts, id: 'A1', region: '440304', dataset: 'gd' },
      { ...SAMPLE_ROWS.accounts, id: 'A2', region: '440305', dataset: 'gd' },
      { ...SAMPLE_ROWS.accounts, id: 'A3', region: '440304', dataset: 'sz' },
    ]);
    const inFutian = await db.accounts
      .where('[dataset+region]')
      .equals(['gd', '440304'])
      .primaryKeys();
    expect(inFutian).toEqual([['gd', 'A1']]);
  });
});

describe('datasets side by side', () => {
  it('keeps the same account id from two datasets as two rows', async () => {
    await db.accounts.put({ ...SAMPLE_ROWS.accounts, holder_masked: '张*', dataset: 'gd-2026q3' });
    await db.accounts.put({ ...SAMPLE_ROWS.accounts, holder_masked: '李*', dataset: 'sz-2026q3' });
    expect(await db.accounts.count()).toBe(2);
    expect((await db.accounts.get(['gd-2026q3', 'A1']))?.holder_masked).toBe('张*');
    expect((await db.accounts.get(['sz-2026q3', 'A1']))?.holder_masked).toBe('李*');
  });

  it('upserts a delta row over the row with the same key in the same dataset only', async () => {
    await db.accounts.bulkPut([
      { ...SAMPLE_ROWS.accounts, dataset: 'gd' },
      { ...SAMPLE_ROWS.accounts, dataset: 'sz' },
    ]);
    await db.accounts.put({ ...SAMPLE_ROWS.accounts, status: 'dormant', dataset: 'gd' });
    expect(await db.accounts.count()).toBe(2);
    expect((await db.accounts.get(['gd', 'A1']))?.status).toBe('dormant');
    expect((await db.accounts.get(['sz', 'A1']))?.status).toBe('active');
  });

  it('purges one dataset from every dictionary store by the dataset index, leaving the other', async () => {
    for (const dataset of ['gd', 'sz']) {
      for (const table of ROW_STORE_TABLES) {
        await db.dictionaryStore(table).put({ ...SAMPLE_ROWS[table], dataset });
      }
    }
    const stores = ROW_STORE_TABLES.map((table) => db.dictionaryStore(table));
    await db.transaction('rw', stores, async () => {
      for (const store of stores) await store.where('dataset').equals('gd').delete();
    });
    for (const store of stores) {
      const left = await store.toArray();
      expect(
        left.map((row) => row.dataset),
        store.name,
      ).toEqual(['sz']);
    }
  });

  it('deletes the row a delta tombstone names, in that dataset only', async () => {
    const insider = SAMPLE_ROWS.insiders;
    await db.insiders.bulkPut([
      { ...insider, dataset: 'gd' },
      { ...insider, dataset: 'sz' },
      { ...insider, account: 'A2', dataset: 'gd' },
    ]);
    const values = parsePrimaryKey('insiders', 'E1|A1');
    if (values === null) throw new Error('a two-column tombstone id should parse');
    const [event = '', account = ''] = values;
    await db.insiders.delete(['gd', event, account]);
    const left = await db.insiders.toArray();
    expect(left.map((row) => [row.dataset, row.account]).sort()).toEqual([
      ['gd', 'A2'],
      ['sz', 'A1'],
    ]);
  });
});
