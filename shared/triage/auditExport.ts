/**
 * The audit log as signed NDJSON: a header line, one line per entry in `seq` order (canonical
 * JSON, so a reader can re-hash them), and a last line holding the base64 Ed25519 signature over
 * the exact UTF-8 bytes of every line before it, newlines included.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { ChainCheck, ChainedEntry } from '../audit/auditChain';
import { GENESIS_HASH, verifyAuditChain } from '../audit/auditChain';
import { canonicalJson } from '../audit/canonicalJson';
import { base64ToBytes, bytesToBase64 } from '../crypto/encoding';

export const AUDIT_EXPORT_FORMAT = 'examiner-audit-export/1';

export interface AuditExportHeader {
  format: typeof AUDIT_EXPORT_FORMAT;
  exportedAt: string;
  /** Hex SHA-256 fingerprint of the workstation's signing key. */
  signingKey: string;
  entries: number;
  /** Hash of the last entry: the chain's head at export time. */
  head: string;
}

/** The signed part of the export (header and entries), each line ending in `\n`. */
export function auditExportBody(header: AuditExportHeader, entries: readonly ChainedEntry[]): string {
  return [header, ...entries].map((line) => `${canonicalJson(line)}\n`).join('');
}

export function signedAuditExport(body: string, signature: Uint8Array): string {
  return `${body}${canonicalJson({ signature: bytesToBase64(signature) })}\n`;
}

export type AuditExportCheck =
  | { ok: true; header: AuditExportHeader; chain: ChainCheck }
  | { ok: false; problem: string };

/** Checks an export's signature with the workstation's raw public key, then its hash chain. */
export function verifyAuditExport(text: string, publicKey: Uint8Array): AuditExportCheck {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const signatureLine = lines.pop();
  if (lines.length === 0 || signatureLine === undefined)
    return { ok: false, problem: 'the export has no header or no signature line' };
  let signature: Uint8Array;
  try {
    signature = base64ToBytes((JSON.parse(signatureLine) as { signature: string }).signature);
  } catch {
    return { ok: false, problem: `line ${lines.length + 1} is not a signature line` };
  }
  const body = lines.map((line) => `${line}\n`).join('');
  if (!ed25519.verify(signature, utf8ToBytes(body), publicKey))
    return { ok: false, problem: 'the signature does not match the content' };
  const header = JSON.parse(lines[0] as string) as AuditExportHeader;
  if (header.format !== AUDIT_EXPORT_FORMAT)
    return { ok: false, problem: `line 1 has format "${String(header.format)}"` };
  const entries = lines.slice(1).map((line) => JSON.parse(line) as ChainedEntry);
  return { ok: true, header, chain: verifyAuditChain(entries, GENESIS_HASH) };
}
