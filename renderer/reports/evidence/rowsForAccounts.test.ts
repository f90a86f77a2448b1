import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../../../shared/dictionary/sampleRows';
import type { ColumnarChunk } from '../../../shared/importer/columnar';
import { TABLE_LAYOUTS } from '../../../shared/importer/layouts';
import type { PostingsPart } from '../../../shared/importer/postings';
import { PostingsAccumulator } from '../../../shared/importer/postings';
import { TableChunker } from '../../../shared/importer/tableChunker';
import type { WorkstationDatabase } from '../../db/database';
import { openWorkstationDatabase } from '../../db/database';
import type { ChunkRowFilter } from './rowsForAccounts';
import { rowsForAccounts, rowsOfChunks } from './rowsForAccounts';

let db: WorkstationDatabase;
const GEN = 'gd#1';

beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const chunks: ColumnarChunk[] = [];
  const parts: PostingsPart[] = [];
  const postings = new PostingsAccumulator((emitted) => parts.push(...emitted));
  const chunker = new TableChunker(
    TABLE_LAYOUTS.trades,
    (chunk) => {
      chunks.push(chunk);
      postings.addChunk(chunk);
    },
    { rowsPerChunk: 2, partitions: 2 },
  );
  // 40 trades of four accounts over two instruments, a minute apart, two a chunk (20 chunks);
  // every seventh goes back an hour, so the rows read are not all in time order.
  for (let i = 0; i < 40; i++) {
    const minutes = i % 7 === 0 ? i - 60 : i;
    chunker.add({
      ...SAMPLE_ROWS.trades,
      id: `T${i}`,
      order: `O${i}`,
      account: `A${i % 4}`,
      counterparty: null,
      instrument: i % 3 === 0 ? '000001.SZ' : '600519.SH',
      ts: new Date(Date.UTC(2026, 8, 1, 2, 0) + minutes * 60_000).toISOString(),
    });
  }
  chunker.finish();
  postings.flush();
  await db.chunks.bulkPut(chunks.map((chunk) => ({ ...chunk, generation: GEN })));
  await db.accountPostings.bulkPut(
    parts.map((part) => ({ ...part, generation: GEN, table: 'trades' as const })),
  );
});
afterEach(() => db.close());

describe('reading a case trades with a second reader', () => {
  it('returns the same rows in the same order as one reader, the second taking the later chunks', async () => {
    const accounts = ['A1', 'A2'];
    const instruments = new Set(['600519.SH']);
    const alone = await rowsForAccounts(GEN, 'trades', accounts, {}, db, instruments);
    const asked: number[][] = [];
    const shared = await rowsForAccounts(
      GEN,
      'trades',
      accounts,
      {},
      db,
      instruments,
      async (filter: ChunkRowFilter, seqs: number[]) => {
        asked.push(seqs);
        return structuredClone(await rowsOfChunks(filter, seqs, db));
      },
    );
    expect(alone.length).toBeGreaterThan(8);
    expect(alone.every((t) => accounts.includes(t.account) && t.instrument === '600519.SH')).toBe(
      true,
    );
    const times = alone.map((t) => Date.parse(t.ts));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(shared).toEqual(alone);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.length).toBeGreaterThan(0);
  });
});
