/**
 * The audit log is a hash chain: each entry's hash covers the previous entry's hash and the
 * entry's own canonical content, so editing, removing or reordering any entry breaks the chain
 * from that entry on. Hashing is synchronous so it can run inside an IndexedDB transaction.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';

/** The hash that the first entry chains from. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
}

export interface ChainedEntry extends AuditContent {
  hash: string;
}

export function auditHash(previousHash: string, content: AuditContent): string {
  const { seq, ts, actor, action, entity, entityId, before, after, detail } = content;
  const body = canonicalJson({
    seq,
    ts,
    actor,
    action,
    entity,
    entityId,
    before,
    after,
    detail: detail ?? null,
  });
  return bytesToHex(sha256(utf8ToBytes(`${previousHash}\n${body}`)));
}

export type ChainCheck =
  { ok: true; entries: number } | { ok: false; brokenAt: number; reason: 'hash' | 'sequence' };

/** Verifies entries in ascending `seq` order; reports the first entry where the chain breaks. */
export function verifyAuditChain(
  entries: Iterable<ChainedEntry>,
  previousHash = GENESIS_HASH,
): ChainCheck {
  let expectedPrevious = previousHash;
  let lastSeq: number | null = null;
  let count = 0;
  for (const entry of entries) {
    if (lastSeq !== null && entry.seq !== lastSeq + 1)
      return { ok: false, brokenAt: entry.seq, reason: 'sequence' };
    if (auditHash(expectedPrevious, entry) !== entry.hash)
      return { ok: false, brokenAt: entry.seq, reason: 'hash' };
    expectedPrevious = entry.hash;
    lastSeq = entry.seq;
    count += 1;
  }
  return { ok: true, entries: count };
}
