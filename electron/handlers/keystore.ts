/**
 * `keystore:*`: secrets sealed with the OS keystore (Electron safeStorage). safeStorage
 * works on strings, so bytes travel through it as base64.
 */
import { safeStorage } from 'electron';
import type { KeystoreInfo } from '../../shared/host/hostApi';
import { HostCallError } from '../../shared/result';
import { describeKeystore, platformKeystoreBackend } from '../keystorePolicy';
import type { IpcHandlers } from './types';

export function keystoreInfo(): KeystoreInfo {
  const backend = platformKeystoreBackend(process.platform, () =>
    safeStorage.getSelectedStorageBackend(),
  );
  return describeKeystore(safeStorage.isEncryptionAvailable(), backend);
}

function requireOsKeystore(): void {
  const info = keystoreInfo();
  if (info.protection !== 'os')
    throw new HostCallError({
      code: 'unavailable',
      message: `No usable OS keystore (backend "${info.backend}"): keys are passphrase-wrapped.`,
    });
}

export function keystoreHandlers(): Pick<
  IpcHandlers,
  'keystore:info' | 'keystore:seal' | 'keystore:unseal'
> {
  return {
    'keystore:info': () => keystoreInfo(),
    'keystore:seal'({ data }) {
      requireOsKeystore();
      return new Uint8Array(safeStorage.encryptString(Buffer.from(data).toString('base64')));
    },
    'keystore:unseal'({ data }) {
      requireOsKeystore();
      let encoded: string;
      try {
        encoded = safeStorage.decryptString(Buffer.from(data));
      } catch {
        throw new HostCallError({
          code: 'invalid-argument',
          message: 'The sealed secret cannot be opened with this account’s OS keystore.',
        });
      }
      return new Uint8Array(Buffer.from(encoded, 'base64'));
    },
  };
}
