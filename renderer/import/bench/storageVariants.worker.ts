/**
 * Measures the storage choices on the imported trades: account lookups through postings records
 * (the design) against a multi-entry `*accounts` index on the chunks, writing and querying both;
 * and how many chunks an instrument query reads with instrument partitions against without.
 */
import { Dexie } from 'dexie';
import { ChunkView } from '../../../shared/importer/chunkView';
import type { ColumnarChunk } from '../../../shared/importer/columnar';
import { TABLE_LAYOUTS } from '../../../shared/importer/layouts';
import type { PostingsPart } from '../../../shared/importer/postings';
import {
  PostingsAccumulator,
  postingBucket,
  seqsOfAccount,
} from '../../../shared/importer/postings';
import { TableChunker } from '../../../shared/importer/tableChunker';
import { chunkSeqs } from '../../db/chunks';
import { getDatabase } from '../../db/database';
import type { StorageVariantsResult, VariantFigures } from '../../../shared/importer/benchProtocol';

type Chunk = ColumnarChunk & { generation: string };
const SAMPLE_ACCOUNTS = 50;
const SAMPLE_INSTRUMENTS = 20;

async function loadTrades(generation: string): Promise<Chunk[]> {
  const db = getDatabase();
  const chunks: Chunk[] = [];
  const seqs = await chunkSeqs(generation, 'trades', db);
  for (let at = 0; at < seqs.length; at += 16) {
    const batch = await db.chunks.bulkGet(
      seqs.slice(at, at + 16).map((seq) => [generation, 'trades', seq] as [string, string, number]),
    );
    for (const chunk of batch) if (chunk) chunks.push(chunk);
  }
  return chunks;
}

function sample<T>(values: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(values.length / count));
  return values.filter((_, i) => i % step === 0).slice(0, count);
}

async function fresh(name: string, stores: Record<string, string>): Promise<Dexie> {
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores(stores);
  await db.open();
  return db;
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function countRowsOf(chunks: readonly (Chunk | undefined)[], account: string): number {
  let rows = 0;
  for (const chunk of chunks)
    if (chunk) rows += new ChunkView(chunk).indexesWhere('account', account).length;
  return rows;
}

async function postingsVariant(
  generation: string,
  chunks: Chunk[],
  accounts: string[],
): Promise<VariantFigures> {
  const db = await fresh('bench-variant-postings', {
    chunks: '[generation+table+seq]',
    accountPostings: '[generation+table+bucket+part]',
  });
  const writeMs = await timed(async () => {
    const parts: PostingsPart[] = [];
    const postings = new PostingsAccumulator((emitted) => parts.push(...emitted));
    for (let at = 0; at < chunks.length; at += 4) {
      const batch = chunks.slice(at, at + 4);
      for (const chunk of batch) postings.addChunk(chunk);
      await db.table('chunks').bulkPut(batch);
    }
    postings.flush();
    await db
      .table('accountPostings')
      .bulkPut(parts.map((part) => ({ ...part, generation, table: 'trades' })));
  });
  let chunksRead = 0;
  const queryMs = await timed(async () => {
    for (const account of accounts) {
      const bucket = postingBucket(account);
      const parts = (await db
        .table('accountPostings')
        .where(':id')
        .between(
          [generation, 'trades', bucket, -Infinity],
          [generation, 'trades', bucket, Infinity],
        )
        .toArray()) as PostingsPart[];
      const seqs = seqsOfAccount(parts, account);
      const found = (await db
        .table('chunks')
        .bulkGet(seqs.map((seq) => [generation, 'trades', seq]))) as Chunk[];
      chunksRead += found.length;
      countRowsOf(found, account);
    }
  });
  db.close();
  return { writeMs, queryMs, chunksRead };
}

async function multiEntryVariant(chunks: Chunk[], accounts: string[]): Promise<VariantFigures> {
  const db = await fresh('bench-variant-multientry', {
    chunks: '[generation+table+seq], *accounts',
  });
  const writeMs = await timed(async () => {
    for (let at = 0; at < chunks.length; at += 4) {
      const batch = chunks.slice(at, at + 4).map((chunk) => ({
        ...chunk,
        accounts: new ChunkView(chunk).distinct('account'),
      }));
      await db.table('chunks').bulkPut(batch);
    }
  });
  let chunksRead = 0;
  const queryMs = await timed(async () => {
    for (const account of accounts) {
      const found = (await db
        .table('chunks')
        .where('accounts')
        .equals(account)
        .toArray()) as Chunk[];
      chunksRead += found.length;
      countRowsOf(found, account);
    }
  });
  db.close();
  return { writeMs, queryMs, chunksRead };
}

function instrumentChunkCounts(
  chunks: Chunk[],
  instruments: string[],
): { partitioned: number; sequential: number } {
  const sequential: ColumnarChunk[] = [];
  const chunker = new TableChunker(TABLE_LAYOUTS.trades, (chunk) => sequential.push(chunk), {
    partitions: 1,
  });
  for (const chunk of chunks) {
    const view = new ChunkView(chunk);
    for (let i = 0; i < view.rows; i++) chunker.add(view.row(i));
  }
  chunker.finish();
  const count = (set: readonly ColumnarChunk[]) =>
    instruments.reduce(
      (sum, instrument) =>
        sum + set.filter((chunk) => chunk.instruments.includes(instrument)).length,
      0,
    );
  return { partitioned: count(chunks), sequential: count(sequential) };
}

async function run(generation: string): Promise<StorageVariantsResult> {
  const chunks = await loadTrades(generation);
  const accounts = sample(
    [...new Set(chunks.flatMap((chunk) => new ChunkView(chunk).distinct('account')))].sort(),
    SAMPLE_ACCOUNTS,
  );
  const instruments = sample(
    [...new Set(chunks.flatMap((chunk) => chunk.instruments))].sort(),
    SAMPLE_INSTRUMENTS,
  );
  const postings = await postingsVariant(generation, chunks, accounts);
  const multiEntry = await multiEntryVariant(chunks, accounts);
  const counts = instrumentChunkCounts(chunks, instruments);
  return {
    chunks: chunks.length,
    rows: chunks.reduce((sum, chunk) => sum + chunk.rows, 0),
    sampleAccounts: accounts.length,
    postings,
    multiEntry,
    sampleInstruments: instruments.length,
    instrumentChunksPartitioned: counts.partitioned,
    instrumentChunksSequential: counts.sequential,
  };
}

self.onmessage = (event: MessageEvent<{ generation: string }>) => {
  void run(event.data.generation).then((result) => self.postMessage(result));
};
