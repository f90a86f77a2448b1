import { describe, expect, it } from 'vitest';
import { describeKeystore, platformKeystoreBackend } from './keystorePolicy';

describe('describeKeystore', () => {
  it('uses the OS keystore when encryption is available with a real backend', () => {
    expect(describeKeystore(true, 'gnome_libsecret')).toEqual({
      protection: 'os',
      backend: 'gnome_libsecret',
    });
    expect(describeKeystore(true, 'keychain')).toEqual({ protection: 'os', backend: 'keychain' });
  });

  it('falls back to a passphrase when encryption is unavailable', () => {
    expect(describeKeystore(false, 'kwallet5')).toEqual({
      protection: 'passphrase',
      backend: 'kwallet5',
    });
  });

  it('treats the basic_text backend (a hard-coded key) as no protection', () => {
    expect(describeKeystore(true, 'basic_text')).toEqual({
      protection: 'passphrase',
      backend: 'basic_text',
    });
    expect(describeKeystore(true, 'unknown').protection).toBe('passphrase');
  });
});

describe('platformKeystoreBackend', () => {
  it('names the platform keystore, asking Linux at runtime', () => {
    expect(platformKeystoreBackend('darwin', () => 'x')).toBe('keychain');
    expect(platformKeystoreBackend('win32', () => 'x')).toBe('dpapi');
    expect(platformKeystoreBackend('linux', () => 'kwallet6')).toBe('kwallet6');
  });
});
