/**
 * Account postings: for each account, the seqs of the chunks that hold its rows, so a query for
 * one account reads those chunks only. Accounts are hashed into POSTING_BUCKETS buckets; one
 * record per bucket holds its accounts in compressed sparse rows (accounts, offsets, seqs).
 * The accumulator writes a "part" of every bucket whenever it holds `spillPairs` (account, chunk)
 * pairs or `spillAccounts` accounts, so memory stays bounded however large the table or the
 * number of accounts; readers union a bucket's parts.
 * Postings may over-approximate (a delta that moves a row leaves the old seq): readers filter rows.
 */
import type { ColumnarChunk } from './columnar';
import { ChunkView } from './chunkView';
import { EXTERNAL_PARTY_PREFIX } from '../dictionary/tables';
import { TABLE_LAYOUTS } from './layouts';
import { stringHash } from './stringHash';

export const POSTING_BUCKETS = 256;
const DEFAULT_SPILL_PAIRS = 1 << 19;
/** A part is also written once this many accounts are held: the map of accounts is bounded too. */
const DEFAULT_SPILL_ACCOUNTS = 1 << 17;

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
  spillAccounts?: number;
}

function grown<T extends Int32Array | Uint32Array>(array: T, needed: number, limit: number): T {
  if (needed <= array.length) return array;
  const length = Math.max(needed, Math.min(array.length * 2, limit));
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

export class PostingsAccumulator {
  // Each account's seqs are a list through the pair arrays, newest first: a few bytes a pair
  // rather than an array per account, which cost over 100 bytes an account (issue 3).
  private slotOf = new Map<string, number>();
  private heads = new Int32Array(1024);
  private pairSeq = new Uint32Array(4096);
  private pairPrevious = new Int32Array(4096);
  private pairs = 0;
  private nextPart: number;
  private readonly spillPairs: number;
  private readonly spillAccounts: number;

  constructor(
    private readonly onParts: (parts: PostingsPart[]) => void,
    options: PostingsAccumulatorOptions = {},
  ) {
    this.nextPart = options.firstPart ?? 0;
    this.spillPairs = options.spillPairs ?? DEFAULT_SPILL_PAIRS;
    this.spillAccounts = options.spillAccounts ?? DEFAULT_SPILL_ACCOUNTS;
  }

  /** Records which accounts the chunk holds rows of. */
  addChunk(chunk: ColumnarChunk): void {
    const view = new ChunkView(chunk);
    for (const column of TABLE_LAYOUTS[chunk.table].accountColumns) {
      for (const account of view.distinct(column)) {
        if (!account.startsWith(EXTERNAL_PARTY_PREFIX)) this.add(account, chunk.seq);
      }
    }
    if (this.pairs >= this.spillPairs || this.slotOf.size >= this.spillAccounts) this.flush();
  }

  add(account: string, seq: number): void {
    let slot = this.slotOf.get(account);
    if (slot === undefined) {
      slot = this.slotOf.size;
      this.slotOf.set(account, slot);
      this.heads = grown(this.heads, slot + 1, this.spillAccounts + 1);
      this.heads[slot] = -1;
    }
    const head = this.heads[slot]!;
    if (head !== -1 && this.pairSeq[head] === seq) return;
    const pair = this.pairs++;
    // A chunk adds a few thousand pairs past the limit before the spill: room for one more.
    const limit = this.spillPairs + 8192;
    this.pairSeq = grown(this.pairSeq, pair + 1, limit);
    this.pairPrevious = grown(this.pairPrevious, pair + 1, limit);
    this.pairSeq[pair] = seq;
    this.pairPrevious[pair] = head;
    this.heads[slot] = pair;
  }

  /** Emits what is held as one part per bucket, and starts over. */
  flush(): void {
    if (this.slotOf.size === 0) return;
    const byBucket = new Map<number, string[]>();
    for (const account of this.slotOf.keys()) {
      const bucket = postingBucket(account);
      const accounts = byBucket.get(bucket);
      if (accounts === undefined) byBucket.set(bucket, [account]);
      else accounts.push(account);
    }
    const part = this.nextPart++;
    const parts: PostingsPart[] = [];
    for (const [bucket, accounts] of byBucket) {
      accounts.sort();
      const lists = accounts.map((account) => this.seqsOf(this.slotOf.get(account) ?? -1));
      const offsets = new Uint32Array(accounts.length + 1);
      let total = 0;
      lists.forEach((list, i) => {
        offsets[i] = total;
        total += list.length;
      });
      offsets[accounts.length] = total;
      const seqs = new Uint32Array(total);
      lists.forEach((list, i) => seqs.set(list, offsets[i]));
      parts.push({ bucket, part, accounts, offsets, seqs });
    }
    this.slotOf = new Map();
    this.pairs = 0;
    parts.sort((a, b) => a.bucket - b.bucket);
    this.onParts(parts);
  }

  /** The slot's seqs, ascending. */
  private seqsOf(slot: number): number[] {
    const seqs: number[] = [];
    for (
      let pair = slot === -1 ? -1 : this.heads[slot]!;
      pair !== -1;
      pair = this.pairPrevious[pair]!
    )
      seqs.push(this.pairSeq[pair]!);
    return seqs.sort((a, b) => a - b);
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
