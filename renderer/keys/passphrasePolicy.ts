/** What a new passphrase must satisfy before it wraps any key. */
import { KeyringError } from './keyErrors';

export const MIN_PASSPHRASE_LENGTH = 10;

export type NewPassphraseProblem = 'too-short' | 'mismatch';

/** Length counts characters as the user sees them (code points), so Chinese passphrases count fairly. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

export function checkNewPassphrase(
  passphrase: string,
  confirmation: string,
): NewPassphraseProblem | null {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH || passphrase.trim() === '')
    return 'too-short';
  if (passphrase.normalize('NFC') !== confirmation.normalize('NFC')) return 'mismatch';
  return null;
}

/** Throws `passphrase-too-short` for a passphrase that may not wrap keys. */
export function checkPassphraseLength(passphrase: string): void {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH || passphrase.trim() === '')
    throw new KeyringError(
      'passphrase-too-short',
      `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long.`,
    );
}
