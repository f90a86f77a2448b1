/**
 * When the OS keystore counts as protection. Linux's `basic_text` backend "encrypts" with a
 * hard-coded key, so it is no better than plaintext: the page then wraps keys with a passphrase.
 */
import type { KeystoreInfo } from '../shared/host/hostApi';

const UNPROTECTED_BACKENDS = new Set(['basic_text', 'unknown']);

export function describeKeystore(encryptionAvailable: boolean, backend: string): KeystoreInfo {
  const protectedByOs = encryptionAvailable && !UNPROTECTED_BACKENDS.has(backend);
  return { protection: protectedByOs ? 'os' : 'passphrase', backend };
}

/** The backend name safeStorage uses on each platform (Linux reports its own at runtime). */
export function platformKeystoreBackend(
  platform: NodeJS.Platform,
  linuxBackend: () => string,
): string {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  return linuxBackend();
}
