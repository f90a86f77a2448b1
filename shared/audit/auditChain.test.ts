import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH, verifyAuditChain, type ChainedEntry } from './auditChain';
import { canonicalJson } from './canonicalJson';

function chain(count: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const content = {
      seq,
      ts: `2026-11-26T10:00:0${seq}Z`,
      actor: 'a',
      action: 'x',
      entity: 'e',
      entityId: String(seq),
      detail: null,
    };
    const hash = auditHash(previous, content);
    entries.push({ ...content, hash });
    previous = hash;
  }
  return entries;
}

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: undefined }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"z":0}]},"b":1}',
    );
  });
});

describe('audit chain', () => {
  it('verifies an intact chain', () => {
    expect(verifyAuditChain(chain(4))).toEqual({ ok: true, entries: 4 });
  });

  it('breaks at the entry whose content changed, and at a reordering', () => {
    const edited = chain(4);
    edited[2] = { ...edited[2]!, after: { disposition: 'false_positive' } };
    expect(verifyAuditChain(edited)).toEqual({ ok: false, brokenAt: 3, reason: 'hash' });
    const swapped = chain(3);
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(verifyAuditChain(swapped)).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
