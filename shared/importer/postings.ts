/**
 * Account postings: for each account, the seqs of the chunks that hold its rows, so a query for
 * one account reads those chunks only. Accounts are hashed into POSTING_BUCKETS buckets; one
 * record per bucket holds its accounts in compressed sparse rows (accounts, offsets, seqs).
 * The accumulator writes a "part" of every bucket whenever it holds `spillPairs` (account, chunk)
 * pairs, so memory stays bounded however large the table; readers union a bucket's parts.
 * Postings may over-approximate (a delta that moves a row leaves the old seq): readers filter rows.
 */
import type { ColumnarChunk } from './columnar';
import { ChunkView } from './chunkView';
import { EXTERNAL_PARTY_PREFIX } from '../dictionary/tables';
import { TABLE_LAYOUTS } from './layouts';
import { stringHash } from './stringHash';

export const POSTING_BUCKETS = 256;
const DEFAULT_SPILL_PAIRS = 1 << 19;

export function postingBucket(account: string): number {
  return stringHash(account) % POSTING_BUCKETS;
}

export interface PostingsPart {
  bucket: number;
  part: number;
  /** Accounts of the bucket, sorted. */
  accounts: string[];
  /** `seqs[offsets[i] .. offsets[i + 1])` are the chunk seqs of `accounts[i]`, ascending. */
  offsets: Uint32Array;
  seqs: Uint32Array;
}

export interface PostingsAccumulatorOptions {
  /** Part number of the first spill: a delta continues after the parts already stored. */
  firstPart?: number;
  spillPairs?: number;
}

export class PostingsAccumulator {
  private seqsByAccount = new Map<string, number[]>();
  private pairs = 0;
  private nextPart: number;
  private readonly spillPairs: number;

  constructor(
    private readonly onParts: (parts: PostingsPart[]) => void,
    options: PostingsAccumulatorOptions = {},
  ) {
    this.nextPart = options.firstPart ?? 0;
    this.spillPairs = options.spillPairs ?? DEFAULT_SPILL_PAIRS;
  }

  /** Records which accounts the chunk holds rows of. */
  addChunk(chunk: ColumnarChunk): void {
    const view = new ChunkView(chunk);
    for (const column of TABLE_LAYOUTS[chunk.table].accountColumns) {
      for (const account of view.distinct(column)) {
        if (!account.startsWith(EXTERNAL_PARTY_PREFIX)) this.add(account, chunk.seq);
      }
    }
    if (this.pairs >= this.spillPairs) this.flush();
  }

  add(account: string, seq: number): void {
    const seqs = this.seqsByAccount.get(account);
    if (seqs === undefined) this.seqsByAccount.set(account, [seq]);
    else if (seqs[seqs.length - 1] !== seq) seqs.push(seq);
    else return;
    this.pairs++;
  }

  /** Emits what is held as one part per bucket, and starts over. */
  flush(): void {
    if (this.seqsByAccount.size === 0) return;
    const byBucket = new Map<number, string[]>();
    for (const account of this.seqsByAccount.keys()) {
      const bucket = postingBucket(account);
      const accounts = byBucket.get(bucket);
      if (accounts === undefined) byBucket.set(bucket, [account]);
      else accounts.push(account);
    }
    const part = this.nextPart++;
    const parts: PostingsPart[] = [];
    for (const [bucket, accounts] of byBucket) {
      accounts.sort();
      const offsets = new Uint32Array(accounts.length + 1);
      let total = 0;
      accounts.forEach((account, i) => {
        offsets[i] = total;
        total += this.seqsByAccount.get(account)?.length ?? 0;
      });
      offsets[accounts.length] = total;
      const seqs = new Uint32Array(total);
      accounts.forEach((account, i) => {
        const list = [...(this.seqsByAccount.get(account) ?? [])].sort((a, b) => a - b);
        seqs.set(list, offsets[i]);
      });
      parts.push({ bucket, part, accounts, offsets, seqs });
    }
    this.seqsByAccount = new Map();
    this.pairs = 0;
    parts.sort((a, b) => a.bucket - b.bucket);
    this.onParts(parts);
  }
}

/** Chunk seqs of `account` over the parts of its bucket, ascending and distinct. */
export function seqsOfAccount(parts: readonly PostingsPart[], account: string): number[] {
  const seqs = new Set<number>();
  for (const part of parts) {
    const i = binarySearch(part.accounts, account);
    if (i === -1) continue;
    const from = part.offsets[i] ?? 0;
    const to = part.offsets[i + 1] ?? from;
    for (let at = from; at < to; at++) seqs.add(part.seqs[at] ?? 0);
  }
  return [...seqs].sort((a, b) => a - b);
}

function binarySearch(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = sorted[middle] ?? '';
    if (candidate === value) return middle;
    if (candidate < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
