import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH, type ChainedEntry } from '../audit/auditChain';
import { AUDIT_EXPORT_FORMAT, auditExportBody, signedAuditExport, verifyAuditExport } from './auditExport';

function chain(count: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const content = {
      seq,
      ts: `2026-11-26T0${seq}:00:00.000Z`,
      actor: 'u-li',
      action: 'alert.note',
      entity: 'alert',
      entityId: `gd:AL-${seq}`,
      after: { note: `第 ${seq} 条` },
      detail: null,
    };
    previous = auditHash(previous, content);
    entries.push({ ...content, hash: previous });
  }
  return entries;
}

describe('signed audit export', () => {
  const secret = ed25519.utils.randomSecretKey();
  const publicKey = ed25519.getPublicKey(secret);
  const entries = chain(3);
  const header = {
    format: AUDIT_EXPORT_FORMAT,
    exportedAt: '2026-11-26T12:00:00.000Z',
    signingKey: 'ab'.repeat(32),
    entries: 3,
    head: entries[2]?.hash ?? '',
  } as const;
  const body = auditExportBody(header, entries);
  const text = signedAuditExport(body, ed25519.sign(new TextEncoder().encode(body), secret));

  it('verifies its signature and its chain', () => {
    const check = verifyAuditExport(text, publicKey);
    expect(check).toMatchObject({ ok: true, chain: { ok: true, entries: 3 } });
    expect(text.trim().split('\n')).toHaveLength(5);
  });

  it('refuses an export whose entries were edited after signing', () => {
    const edited = text.replace('第 2 条', '第 9 条');
    expect(verifyAuditExport(edited, publicKey)).toEqual({
      ok: false,
      problem: 'the signature does not match the content',
    });
  });

  it('refuses another key', () => {
    const other = ed25519.getPublicKey(ed25519.utils.randomSecretKey());
    expect(verifyAuditExport(text, other).ok).toBe(false);
  });
});
