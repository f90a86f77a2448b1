/** The app's keyring: the workstation database and the host's keystore. */
import { getDatabase } from '../db/database';
import { host } from '../host';
import { auditActor } from './auditActor';
import { createKeyring } from './keyring';

export { KeyringError, KeysLockedError } from './keyErrors';
export type { ImportedIdentity, KeySummary } from './keyring';

export const keyring = createKeyring({ database: getDatabase, host, actor: auditActor });

export const {
  ensureWorkstationKeys,
  hasWorkstationKeys,
  workstationRecipient,
  signingPublicKeyPem,
  signingKeyFingerprint,
  unlockKeys,
  lockKeys,
  isLocked,
  unlockedAgeIdentities,
  importIdentity,
  removeIdentity,
  signWithWorkstationKey,
  changePassphrase,
} = keyring;
