import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../dictionary/sampleRows';
import { ChunkBuilder } from './chunkBuilder';
import type { ChunkLayoutName } from './layouts';
import { TABLE_LAYOUTS } from './layouts';
import type { PostingsPart } from './postings';
import { POSTING_BUCKETS, PostingsAccumulator, postingBucket, seqsOfAccount } from './postings';

function chunkOf(table: ChunkLayoutName, seq: number, rows: Record<string, unknown>[]) {
  const builder = new ChunkBuilder(TABLE_LAYOUTS[table]);
  for (const row of rows) builder.add(row);
  return builder.build(seq);
}

const trades = (seq: number, accounts: string[]) =>
  chunkOf(
    'trades',
    seq,
    accounts.map((account, i) => ({ ...SAMPLE_ROWS.trades, id: `T${seq}-${i}`, account })),
  );

describe('account postings', () => {
  it('map each account to the chunks holding its rows, once per chunk', () => {
    const parts: PostingsPart[] = [];
    const postings = new PostingsAccumulator((emitted) => parts.push(...emitted));
    postings.addChunk(trades(0, ['A1', 'A2', 'A1']));
    postings.addChunk(trades(1, ['A2']));
    postings.addChunk(trades(2, ['A1', 'A3']));
    postings.flush();
    expect(seqsOfAccount(parts, 'A1')).toEqual([0, 2]);
    expect(seqsOfAccount(parts, 'A2')).toEqual([0, 1]);
    expect(seqsOfAccount(parts, 'A3')).toEqual([2]);
    expect(seqsOfAccount(parts, 'A9')).toEqual([]);
    for (const part of parts) {
      expect(part.part).toBe(0);
      for (const account of part.accounts) expect(postingBucket(account)).toBe(part.bucket);
    }
  });

  it('index both sides of a transfer but not external parties', () => {
    const parts: PostingsPart[] = [];
    const postings = new PostingsAccumulator((emitted) => parts.push(...emitted));
    postings.addChunk(
      chunkOf('transfers', 4, [
        { ...SAMPLE_ROWS.transfers, id: 'X1', from: 'EXT:bank', to: 'A1' },
        { ...SAMPLE_ROWS.transfers, id: 'X2', from: 'A1', to: 'A2' },
      ]),
    );
    postings.flush();
    expect(seqsOfAccount(parts, 'A2')).toEqual([4]);
    expect(parts.flatMap((part) => part.accounts).sort()).toEqual(['A1', 'A2']);
  });

  it('spill parts when they hold enough pairs, numbered on, and union on lookup', () => {
    const parts: PostingsPart[] = [];
    const postings = new PostingsAccumulator((emitted) => parts.push(...emitted), {
      spillPairs: 3,
      firstPart: 5,
    });
    postings.addChunk(trades(0, ['A1', 'A2']));
    postings.addChunk(trades(1, ['A1', 'A2']));
    postings.addChunk(trades(2, ['A1']));
    postings.flush();
    expect(new Set(parts.map((part) => part.part))).toEqual(new Set([5, 6]));
    expect(seqsOfAccount(parts, 'A1')).toEqual([0, 1, 2]);
    expect(seqsOfAccount(parts, 'A2')).toEqual([0, 1]);
  });

  it('spill a part once it holds enough accounts, however few pairs each has', () => {
    const parts: PostingsPart[] = [];
    const postings = new PostingsAccumulator((emitted) => parts.push(...emitted), {
      spillAccounts: 2,
    });
    postings.addChunk(trades(0, ['A1']));
    expect(parts).toEqual([]);
    postings.addChunk(trades(1, ['A2', 'A3']));
    expect(new Set(parts.map((part) => part.part))).toEqual(new Set([0]));
    postings.addChunk(trades(2, ['A1']));
    postings.flush();
    expect(new Set(parts.map((part) => part.part))).toEqual(new Set([0, 1]));
    expect(seqsOfAccount(parts, 'A1')).toEqual([0, 2]);
    expect(seqsOfAccount(parts, 'A3')).toEqual([1]);
  });

  it('spread many accounts over the buckets', () => {
    const buckets = new Set(Array.from({ length: 5000 }, (_, i) => postingBucket(`ACC${i}`)));
    expect(buckets.size).toBe(POSTING_BUCKETS);
  });
});
