/** Why a key operation failed, as a code the UI turns into a sentence in the user's language. */
export type KeyringErrorCode =
  | 'locked'
  | 'wrong-passphrase'
  | 'passphrase-required'
  | 'passphrase-too-short'
  | 'identity-format'
  | 'identity-hybrid'
  | 'identity-is-recipient'
  | 'identity-several'
  | 'identity-checksum'
  | 'identity-public-key-mismatch'
  | 'identity-duplicate'
  | 'label-required'
  | 'no-workstation-keys'
  | 'not-removable'
  | 'not-found'
  | 'damaged';

/** Messages name what is wrong, never a secret. */
export class KeyringError extends Error {
  override readonly name: string = 'KeyringError';
  constructor(
    readonly code: KeyringErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Passphrase-protected keys are needed but were not unlocked in this session. */
export class KeysLockedError extends KeyringError {
  override readonly name = 'KeysLockedError';
  constructor() {
    super('locked', 'The workstation keys are locked: enter the passphrase to unlock them.');
  }
}
