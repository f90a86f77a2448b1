/**
 * The backup file (docs/backup.md): one JSON object holding a header, the age-encrypted contents
 * (base64) and an Ed25519 signature over the canonical JSON of header and payload. The signature
 * is checked before anything is decrypted, so a tampered file is refused without the secret.
 */
import { Decrypter, Encrypter } from 'age-encryption';
import { ed25519 } from '@noble/curves/ed25519.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import type { ChainedEntry } from '../audit/auditChain';
import { GENESIS_HASH, verifyAuditChain } from '../audit/auditChain';
import { canonicalJson } from '../audit/canonicalJson';
import { base64ToBytes, bytesToBase64 } from '../crypto/encoding';
import { ed25519PublicKeyFromPem, publicKeyFingerprint } from '../crypto/ed25519PublicKey';
import type { BackupContents } from './backupContents';
import { backupContentsSchema } from './backupContents';

export const BACKUP_FORMAT = 'examiner-backup/1';

/** `recipient`: age X25519 (`age1…`); `passphrase`: age scrypt. */
export type BackupEncryption = 'recipient' | 'passphrase';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  encryption: BackupEncryption;
  /** The recipient for `recipient` backups, so the restoring side can say which key it needs. */
  recipient: string | null;
  /** The signing workstation's Ed25519 public key, PEM SubjectPublicKeyInfo. */
  signerPublicKeyPem: string;
}

export interface BackupFile {
  header: BackupHeader;
  /** Base64 of the age file holding the contents' JSON. */
  payload: string;
  /** Base64 Ed25519 signature over `backupSignedBytes(header, payload)`. */
  signature: string;
}

/** Why a backup is refused; the message names what is wrong. */
export type BackupProblem =
  'not-a-backup' | 'bad-signature' | 'not-a-recipient' | 'wrong-passphrase' | 'bad-contents';

export class BackupRefusal extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupRefusal';
  }
}

const fileSchema = z.object({
  header: z.object({
    format: z.literal(BACKUP_FORMAT),
    createdAt: z.string(),
    encryption: z.enum(['recipient', 'passphrase']),
    recipient: z.string().nullable(),
    signerPublicKeyPem: z.string(),
  }),
  payload: z.string().min(1),
  signature: z.string().min(1),
});

export function backupSignedBytes(header: BackupHeader, payload: string): Uint8Array {
  return utf8ToBytes(canonicalJson({ header, payload }));
}

export type BackupSecret =
  { recipient: string } | { passphrase: string; scryptWorkFactor?: number };

/** Encrypts the contents' JSON to a recipient or a passphrase. */
export async function encryptBackupContents(
  contents: BackupContents,
  secret: BackupSecret,
): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  if ('recipient' in secret) encrypter.addRecipient(secret.recipient);
  else {
    encrypter.setPassphrase(secret.passphrase);
    if (secret.scryptWorkFactor) encrypter.setScryptWorkFactor(secret.scryptWorkFactor);
  }
  return encrypter.encrypt(JSON.stringify(contents));
}

export function serializeBackupFile(file: BackupFile): string {
  return `${canonicalJson(file)}\n`;
}

export interface CheckedBackup {
  file: BackupFile;
  /** Hex SHA-256 fingerprint of the signer's key, for the user to compare before restoring. */
  signerFingerprint: string;
}

/** Parses the file and checks its signature; throws BackupRefusal. Decrypts nothing. */
export function checkBackupFile(text: string): CheckedBackup {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupRefusal('not-a-backup', 'the file is not JSON, so not a workstation backup');
  }
  const result = fileSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BackupRefusal(
      'not-a-backup',
      `the file is not a workstation backup (${BACKUP_FORMAT}): ${issue?.path.join('.') || 'top level'}: ${issue?.message ?? ''}`,
    );
  }
  const file = result.data as BackupFile;
  let publicKey: Uint8Array;
  try {
    publicKey = ed25519PublicKeyFromPem(file.header.signerPublicKeyPem);
  } catch {
    throw new BackupRefusal(
      'bad-signature',
      'header.signerPublicKeyPem is not an Ed25519 public key',
    );
  }
  let valid: boolean;
  try {
    valid = ed25519.verify(
      base64ToBytes(file.signature),
      backupSignedBytes(file.header, file.payload),
      publicKey,
    );
  } catch {
    valid = false;
  }
  if (!valid)
    throw new BackupRefusal(
      'bad-signature',
      'the signature does not match the header and contents: the file was changed after it was signed',
    );
  return { file, signerFingerprint: publicKeyFingerprint(publicKey) };
}

export type RestoreSecret = { identities: readonly string[] } | { passphrase: string };

/** Decrypts and validates the contents of a checked backup; throws BackupRefusal. */
export async function openBackupContents(
  file: BackupFile,
  secret: RestoreSecret,
): Promise<BackupContents> {
  const decrypter = new Decrypter();
  if ('passphrase' in secret) decrypter.addPassphrase(secret.passphrase);
  else for (const identity of secret.identities) decrypter.addIdentity(identity);
  let plaintext: string;
  try {
    plaintext = await decrypter.decrypt(base64ToBytes(file.payload), 'text');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if ('passphrase' in secret)
      throw new BackupRefusal(
        'wrong-passphrase',
        `the passphrase does not open this backup (${reason})`,
      );
    throw new BackupRefusal(
      'not-a-recipient',
      `this backup is encrypted to ${file.header.recipient ?? 'another recipient'}, which no identity on this workstation opens (${reason})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(plaintext);
  } catch {
    throw new BackupRefusal('bad-contents', 'the decrypted contents are not JSON');
  }
  const result = backupContentsSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BackupRefusal(
      'bad-contents',
      `the contents are not valid at ${issue?.path.join('.') || 'top level'}: ${issue?.message ?? ''}`,
    );
  }
  const contents = result.data as BackupContents;
  const audit = contents.tables.audit as unknown as ChainedEntry[];
  const misplaced = audit.findIndex((entry, i) => entry.seq !== i + 1);
  if (misplaced >= 0)
    throw new BackupRefusal(
      'bad-contents',
      `audit entry ${misplaced + 1} has seq ${audit[misplaced]?.seq}`,
    );
  const chain = verifyAuditChain(audit, GENESIS_HASH);
  if (!chain.ok)
    throw new BackupRefusal(
      'bad-contents',
      `the audit log in the backup breaks at entry #${chain.brokenAt}`,
    );
  return contents;
}

/** Builds the signed file; `sign` signs bytes with the workstation's Ed25519 key. */
export async function buildBackupFile(
  header: BackupHeader,
  ciphertext: Uint8Array,
  sign: (bytes: Uint8Array) => Promise<Uint8Array>,
): Promise<BackupFile> {
  const payload = bytesToBase64(ciphertext);
  const signature = await sign(backupSignedBytes(header, payload));
  return { header, payload, signature: bytesToBase64(signature) };
}
