import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import type { ColumnarChunk } from '../../shared/importer/columnar';
import type { ChunkedTableName } from '../../shared/importer/layouts';
import { TABLE_LAYOUTS } from '../../shared/importer/layouts';
import type { PostingsPart } from '../../shared/importer/postings';
import { PostingsAccumulator } from '../../shared/importer/postings';
import { TableChunker } from '../../shared/importer/tableChunker';
import {
  chunkSeqs,
  countChunkedRows,
  rowsForAccount,
  rowsForInstrument,
  scanTable,
  tradesForAccount,
} from './chunks';
import type { WorkstationDatabase } from './database';
import { openWorkstationDatabase } from './database';

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

/** Stores rows as an import would: chunks (small ones, to span several) and their postings. */
async function store(generation: string, table: ChunkedTableName, rows: Record<string, unknown>[]) {
  const chunks: ColumnarChunk[] = [];
  const parts: PostingsPart[] = [];
  const postings = new PostingsAccumulator((emitted) => parts.push(...emitted));
  const chunker = new TableChunker(
    TABLE_LAYOUTS[table],
    (chunk) => {
      chunks.push(chunk);
      postings.addChunk(chunk);
    },
    { rowsPerChunk: 2, partitions: 2 },
  );
  for (const row of rows) chunker.add(row);
  chunker.finish();
  postings.flush();
  await db.chunks.bulkPut(chunks.map((chunk) => ({ ...chunk, generation })));
  await db.accountPostings.bulkPut(parts.map((part) => ({ ...part, generation, table })));
}

const trade = (id: string, instrument: string, account: string, ts: string) => ({
  ...SAMPLE_ROWS.trades,
  id,
  instrument,
  account,
  ts,
});

describe('reading chunks', () => {
  beforeEach(async () => {
    await store('gd#1', 'trades', [
      trade('T3', '600519.SH', 'A2', '2026-09-01T14:00:00.000+08:00'),
      trade('T1', '600519.SH', 'A1', '2026-09-01T09:30:00.000+08:00'),
      trade('T2', '600519.SH', 'A1', '2026-09-01T10:00:00.000+08:00'),
      trade('T4', '000001.SZ', 'A1', '2026-09-01T02:00:00.000Z'),
      trade('T5', '600519.SH', 'A1', '2026-09-02T10:00:00.000+08:00'),
    ]);
    await store('sz#1', 'trades', [
      trade('S1', '600519.SH', 'A1', '2026-09-01T09:31:00.000+08:00'),
    ]);
  });

  it('finds one account’s trades in time order, comparing instants across offsets', async () => {
    const all = await tradesForAccount('gd#1', 'A1', {}, db);
    expect(all.map((row) => row.id)).toEqual(['T1', 'T2', 'T4', 'T5']);
    const window = await tradesForAccount(
      'gd#1',
      'A1',
      { from: '2026-09-01T09:45:00+08:00', to: '2026-09-01T23:59:59+08:00' },
      db,
    );
    expect(window.map((row) => row.id)).toEqual(['T2', 'T4']);
    expect(await tradesForAccount('gd#1', 'A9', {}, db)).toEqual([]);
  });

  it('finds one instrument’s rows in a range, in this generation only', async () => {
    const rows = await rowsForInstrument(
      'gd#1',
      'trades',
      '600519.SH',
      { from: Date.parse('2026-09-01T09:45:00+08:00'), to: '2026-09-01T23:59:59+08:00' },
      db,
    );
    expect(rows.map((row) => row.id)).toEqual(['T2', 'T3']);
    expect(
      (await rowsForInstrument('sz#1', 'trades', '600519.SH', {}, db)).map((row) => row.id),
    ).toEqual(['S1']);
  });

  it('gives rows with every dictionary column', async () => {
    const [row] = await tradesForAccount('gd#1', 'A2', {}, db);
    expect(row).toEqual(trade('T3', '600519.SH', 'A2', '2026-09-01T14:00:00.000+08:00'));
  });

  it('scans a table chunk by chunk in seq order, and stops when asked', async () => {
    const seqs = await chunkSeqs('gd#1', 'trades', db);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const seen: number[] = [];
    await scanTable(
      'gd#1',
      'trades',
      (view) => {
        seen.push(view.chunk.seq);
        return seen.length < 2;
      },
      db,
    );
    expect(seen).toEqual(seqs.slice(0, 2));
    expect(await countChunkedRows('gd#1', 'trades', db)).toBe(5);
  });

  it('finds transfers by either side, and refuses queries a table cannot answer', async () => {
    await store('gd#1', 'transfers', [
      { ...SAMPLE_ROWS.transfers, id: 'X1', from: 'EXT:7d1a', to: 'A1' },
      { ...SAMPLE_ROWS.transfers, id: 'X2', from: 'A1', to: 'A2' },
      { ...SAMPLE_ROWS.transfers, id: 'X3', from: 'A3', to: 'A2' },
    ]);
    expect(
      (await rowsForAccount('gd#1', 'transfers', 'A1', {}, db)).map((row) => row.id).sort(),
    ).toEqual(['X1', 'X2']);
    expect(
      (await rowsForAccount('gd#1', 'transfers', 'A2', {}, db)).map((row) => row.id).sort(),
    ).toEqual(['X2', 'X3']);
    await expect(rowsForAccount('gd#1', 'market_bars', 'A1', {}, db)).rejects.toThrow(RangeError);
    await expect(rowsForInstrument('gd#1', 'transfers', 'A1', {}, db)).rejects.toThrow(RangeError);
    await expect(tradesForAccount('gd#1', 'A1', { from: 'yesterday' }, db)).rejects.toThrow(
      RangeError,
    );
  });

  it('reads bars and metrics by date', async () => {
    await store('gd#1', 'market_bars', [
      { ...SAMPLE_ROWS.market_bars, date: '2026-09-01' },
      { ...SAMPLE_ROWS.market_bars, date: '2026-09-02' },
      { ...SAMPLE_ROWS.market_bars, instrument: '000001.SZ', date: '2026-09-02' },
    ]);
    const september2 = await rowsForInstrument(
      'gd#1',
      'market_bars',
      '600519.SH',
      { from: '2026-09-02', to: '2026-09-30' },
      db,
    );
    expect(september2.map((row) => [row.instrument, row.date])).toEqual([
      ['600519.SH', '2026-09-02'],
    ]);
  });
});
