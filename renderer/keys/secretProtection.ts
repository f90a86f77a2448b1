/**
 * Protecting a secret at rest, the two ways a key record can be: sealed by the OS keystore
 * through the host, or wrapped with a key derived from the user's passphrase.
 */
import type { HostApi, KeyProtection } from '../../shared/host/hostApi';
import type { KeyRecord } from '../db/records';
import { KeyringError, KeysLockedError } from './keyErrors';
import {
  EnvelopeFormatError,
  WrongPassphraseError,
  deriveWrappingKey,
  readEnvelopeHeader,
  unwrapSecret,
  wrapSecret,
  wrappingKeyFits,
  type WrappingKey,
} from './passphraseWrap';

export type KeystoreHost = Pick<HostApi, 'keystoreInfo' | 'sealSecret' | 'unsealSecret'>;

/** What an unlocked session holds: derived, non-extractable AES keys; never the passphrase. */
export interface UnlockedSession {
  /** Wraps secrets stored from now on. */
  readonly current: WrappingKey;
  /** Opens stored envelopes; one per salt found when unlocking (normally just `current`). */
  readonly keys: readonly WrappingKey[];
}

export async function protectSecret(
  secret: Uint8Array,
  protection: KeyProtection,
  host: KeystoreHost,
  session: UnlockedSession | null,
): Promise<Uint8Array> {
  if (protection === 'os') return host.sealSecret(secret);
  if (!session) throw new KeysLockedError();
  return wrapSecret(secret, session.current);
}

/** The plaintext secret of a record; the caller zeroes it when done. */
export async function revealSecret(
  record: KeyRecord,
  host: KeystoreHost,
  session: UnlockedSession | null,
): Promise<Uint8Array> {
  if (record.protection === 'os') {
    try {
      return await host.unsealSecret(record.sealed);
    } catch (error) {
      throw new KeyringError(
        'damaged',
        `The operating system keystore could not unseal key "${record.name}": ${(error as Error).message}`,
      );
    }
  }
  if (!session) throw new KeysLockedError();
  const header = envelopeHeaderOf(record);
  const wrapping = session.keys.find((key) => wrappingKeyFits(key, header));
  // Wrapped under a passphrase this session has not seen (e.g. changed in another window).
  if (!wrapping) throw new KeysLockedError();
  try {
    return await unwrapSecret(record.sealed, wrapping);
  } catch (error) {
    if (error instanceof WrongPassphraseError)
      throw new KeyringError(
        'damaged',
        `Key "${record.name}" was altered in storage and no longer opens.`,
      );
    throw error;
  }
}

/**
 * Derives a key per salt among `records` and checks that every envelope opens, so a wrong
 * passphrase is reported at once rather than at the first pull.
 */
export async function unlockSession(
  records: readonly KeyRecord[],
  passphrase: string,
): Promise<UnlockedSession> {
  const keys: WrappingKey[] = [];
  for (const record of records) {
    const header = envelopeHeaderOf(record);
    let wrapping = keys.find((key) => wrappingKeyFits(key, header));
    if (!wrapping) {
      wrapping = await deriveWrappingKey(passphrase, header.salt, header.iterations);
      keys.push(wrapping);
    }
    try {
      (await unwrapSecret(record.sealed, wrapping)).fill(0);
    } catch (error) {
      if (error instanceof WrongPassphraseError)
        throw new KeyringError('wrong-passphrase', 'The passphrase is wrong.');
      throw error;
    }
  }
  const current = keys[0] ?? (await deriveWrappingKey(passphrase));
  return { current, keys: keys.length > 0 ? keys : [current] };
}

/** A fresh session for a new passphrase: a new random salt. */
export async function newSession(passphrase: string): Promise<UnlockedSession> {
  const current = await deriveWrappingKey(passphrase);
  return { current, keys: [current] };
}

function envelopeHeaderOf(record: KeyRecord) {
  try {
    return readEnvelopeHeader(record.sealed);
  } catch (error) {
    if (error instanceof EnvelopeFormatError)
      throw new KeyringError('damaged', `Key "${record.name}" is not readable: ${error.message}`);
    throw error;
  }
}
