import type { TFunction } from 'i18next';
import { KeyringError } from './keyErrors';
import { MIN_PASSPHRASE_LENGTH } from './passphrasePolicy';

/** A keyring failure in the user's language; anything unexpected keeps its own message. */
export function keyErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof KeyringError) {
    if (error.code === 'passphrase-too-short')
      return t('keys.passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH });
    return t(`keys.errors.${error.code}`);
  }
  return t('keys.errors.unexpected', { message: messageOf(error) });
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
