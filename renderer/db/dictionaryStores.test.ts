import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePrimaryKey } from '../../shared/dictionary/primaryKey';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import type { Alert, Trade } from '../../shared/dictionary/types';
import type { WorkstationDatabase } from './database';
import { openWorkstationDatabase } from './database';
import { STORED_DICTIONARY_TABLES } from './schema';

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const trade = (id: string, instrument: string, account: string, ts: string): Trade => ({
  ...SAMPLE_ROWS.trades,
  id,
  instrument,
  account,
  ts,
});

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
  it('finds one instrument’s trades in a time range, in time order', async () => {
    await db.trades.bulkPut([
      { ...trade('T3', '600519.SH', 'A2', '2026-09-01T14:00:00.000+08:00'), dataset: 'gd' },
      { ...trade('T1', '600519.SH', 'A1', '2026-09-01T09:30:00.000+08:00'), dataset: 'gd' },
      { ...trade('T2', '600519.SH', 'A1', '2026-09-01T10:00:00.000+08:00'), dataset: 'gd' },
      { ...trade('T4', '000001.SZ', 'A1', '2026-09-01T10:00:00.000+08:00'), dataset: 'gd' },
      { ...trade('T5', '600519.SH', 'A1', '2026-09-02T10:00:00.000+08:00'), dataset: 'gd' },
    ]);
    const inWindow = await db.trades
      .where('[instrument+ts]')
      .between(
        ['600519.SH', '2026-09-01T09:45:00+08:00'],
        ['600519.SH', '2026-09-01T23:59:59+08:00'],
      )
      .toArray();
    expect(inWindow.map((row) => row.id)).toEqual(['T2', 'T3']);
  });

  it('finds one account’s trades and orders over time', async () => {
    await db.trades.bulkPut([
      { ...trade('T2', '000001.SZ', 'A1', '2026-09-02T10:00:00.000+08:00'), dataset: 'gd' },
      { ...trade('T1', '600519.SH', 'A1', '2026-09-01T10:00:00.000+08:00'), dataset: 'gd' },
      { ...trade('T3', '600519.SH', 'A2', '2026-09-01T11:00:00.000+08:00'), dataset: 'gd' },
    ]);
    await db.orders.bulkPut([
      { ...SAMPLE_ROWS.orders, id: 'O1', account: 'A1', dataset: 'gd' },
      { ...SAMPLE_ROWS.orders, id: 'O2', account: 'A2', dataset: 'gd' },
    ]);
    const a1Trades = await db.trades
      .where('[account+ts]')
      .between(['A1', ''], ['A1', '\uffff'])
      .toArray();
    expect(a1Trades.map((row) => row.id)).toEqual(['T1', 'T2']);
    expect((await db.orders.where('account').equals('A2').toArray()).map((row) => row.id)).toEqual([
      'O2',
    ]);
  });

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

  it('links accounts that share a device hash', async () => {
    const device = { ...SAMPLE_ROWS.identifiers, kind: 'device' as const, value_hash: 'd-77' };
    await db.identifiers.bulkPut([
      { ...device, account: 'A1', dataset: 'gd' },
      { ...device, account: 'A2', dataset: 'gd' },
      { ...device, account: 'A3', kind: 'ip', dataset: 'gd' },
      { ...device, account: 'A4', value_hash: 'd-78', dataset: 'gd' },
    ]);
    const sharing = await db.identifiers
      .where('[kind+value_hash]')
      .equals(['device', 'd-77'])
      .toArray();
    expect(sharing.map((row) => row.account).sort()).toEqual(['A1', 'A2']);
  });

  it('finds one dataset’s accounts in a region, and transfers by either side', async () => {
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

    await db.transfers.bulkPut([
      { ...SAMPLE_ROWS.transfers, id: 'X1', from: 'EXT:7d1a', to: 'A1', dataset: 'gd' },
      { ...SAMPLE_ROWS.transfers, id: 'X2', from: 'A1', to: 'A2', dataset: 'gd' },
    ]);
    expect((await db.transfers.where('from').equals('A1').toArray()).map((row) => row.id)).toEqual([
      'X2',
    ]);
    expect((await db.transfers.where('to').equals('A1').toArray()).map((row) => row.id)).toEqual([
      'X1',
    ]);
  });

  it('reads a metric over dates and an instrument’s bars over dates', async () => {
    await db.region_metrics.bulkPut([
      { region: '440304', date: '2026-09-01', metric: 'alert_count', value: 3, dataset: 'gd' },
      { region: '440305', date: '2026-09-02', metric: 'alert_count', value: 5, dataset: 'gd' },
      { region: '440304', date: '2026-09-02', metric: 'turnover', value: 9e8, dataset: 'gd' },
      { region: '440304', date: '2026-09-03', metric: 'alert_count', value: 1, dataset: 'gd' },
    ]);
    const counts = await db.region_metrics
      .where('[metric+date]')
      .between(['alert_count', '2026-09-02'], ['alert_count', '2026-09-30'], true, true)
      .toArray();
    expect(counts.map((row) => [row.region, row.date])).toEqual([
      ['440305', '2026-09-02'],
      ['440304', '2026-09-03'],
    ]);

    const bar = SAMPLE_ROWS.market_bars;
    await db.market_bars.bulkPut([
      { ...bar, date: '2026-09-01', dataset: 'gd' },
      { ...bar, date: '2026-09-02', dataset: 'gd' },
      { ...bar, instrument: '000001.SZ', date: '2026-09-02', dataset: 'gd' },
    ]);
    const september = await db.market_bars
      .where('[instrument+date]')
      .between(['600519.SH', '2026-09-02'], ['600519.SH', '2026-09-30'], true, true)
      .toArray();
    expect(september.map((row) => [row.instrument, row.date])).toEqual([
      ['600519.SH', '2026-09-02'],
    ]);
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
      for (const table of STORED_DICTIONARY_TABLES) {
        await db.dictionaryStore(table).put({ ...SAMPLE_ROWS[table], dataset });
      }
    }
    const stores = STORED_DICTIONARY_TABLES.map((table) => db.dictionaryStore(table));
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
    const identifier = SAMPLE_ROWS.identifiers;
    await db.identifiers.bulkPut([
      { ...identifier, dataset: 'gd' },
      { ...identifier, dataset: 'sz' },
      { ...identifier, kind: 'ip', dataset: 'gd' },
    ]);
    const values = parsePrimaryKey('identifiers', 'A1|device|9f2c4e');
    if (values === null) throw new Error('the spec’s tombstone id should parse');
    const [account = '', kind = '', valueHash = ''] = values;
    await db.identifiers.delete(['gd', account, kind, valueHash]);
    const left = await db.identifiers.toArray();
    expect(left.map((row) => [row.dataset, row.kind]).sort()).toEqual([
      ['gd', 'ip'],
      ['sz', 'device'],
    ]);
  });
});
