/**
 * Locking and unlocking the workstation. Locking masks revealed fields again, locks the keys
 * and puts the lock screen up; unlocking needs the passphrase that wraps the keys (checked by
 * opening them) before anyone is signed in. Keys sealed by the OS keystore have no passphrase:
 * there the lock asks only for a profile, and the OS session is what protects the data.
 */
import type { Keyring } from '../keys/keyring';

export interface SessionLockParts {
  keys: Pick<Keyring, 'lockKeys' | 'unlockKeys' | 'isLocked'>;
  forgetRevealedFields: () => void;
  lockSession: () => void;
  signIn: (userId: string) => void;
}

export function createSessionLock(parts: SessionLockParts) {
  function lockWorkstation(): void {
    parts.forgetRevealedFields();
    parts.keys.lockKeys();
    parts.lockSession();
  }

  /** Whether the lock screen must ask for a passphrase (the keys are passphrase-wrapped and locked). */
  function passphraseNeeded(): Promise<boolean> {
    return parts.keys.isLocked();
  }

  /** Throws KeyringError `wrong-passphrase` and stays locked when the passphrase does not open the keys. */
  async function checkPassphrase(passphrase: string): Promise<void> {
    // unlockKeys opens every passphrase-wrapped key, so it also refuses a wrong passphrase when
    // the keys happen to be open already; with OS-sealed keys it has nothing to check.
    await parts.keys.unlockKeys(passphrase);
  }

  async function unlockWorkstation(userId: string, passphrase: string): Promise<void> {
    await checkPassphrase(passphrase);
    parts.signIn(userId);
  }

  return { lockWorkstation, passphraseNeeded, checkPassphrase, unlockWorkstation };
}
