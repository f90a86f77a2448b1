import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HostCallError } from '../../shared/result';

const safeStorage = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
  isEncryptionAvailable: () => safeStorage.available,
  getSelectedStorageBackend: () => safeStorage.backend,
  // A reversible stand-in for the OS keystore.
  encryptString: (text: string) => Buffer.from(`sealed:${text}`),
  decryptString: (sealed: Buffer) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:'))
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    return text.slice('sealed:'.length);
  },
}));

vi.mock('electron', () => ({ safeStorage }));

const { keystoreHandlers } = await import('./keystore');
const handlers = keystoreHandlers();
const context = { ownerWindow: null };

async function codeOf(work: () => unknown): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof HostCallError) return error.code;
    throw error;
  }
  throw new Error('expected a failure');
}

beforeEach(() => {
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
});

describe('keystore handlers', () => {
  it('seals and unseals bytes through the OS keystore', async () => {
    const secret = new Uint8Array([0, 1, 2, 250, 255]);
    const sealed = await handlers['keystore:seal']({ data: secret }, context);
    expect(sealed).not.toEqual(secret);
    expect(await handlers['keystore:unseal']({ data: sealed }, context)).toEqual(secret);
  });

  it.runIf(process.platform === 'linux')(
    'reports passphrase protection for the basic_text backend and refuses to seal',
    async () => {
      safeStorage.backend = 'basic_text';
      expect(await handlers['keystore:info'](undefined, context)).toEqual({
        protection: 'passphrase',
        backend: 'basic_text',
      });
      expect(
        await codeOf(() => handlers['keystore:seal']({ data: new Uint8Array([1]) }, context)),
      ).toBe('unavailable');
    },
  );

  it('refuses to seal or unseal when encryption is unavailable', async () => {
    safeStorage.available = false;
    expect((await handlers['keystore:info'](undefined, context)).protection).toBe('passphrase');
    expect(
      await codeOf(() => handlers['keystore:seal']({ data: new Uint8Array([1]) }, context)),
    ).toBe('unavailable');
    expect(
      await codeOf(() => handlers['keystore:unseal']({ data: new Uint8Array([1]) }, context)),
    ).toBe('unavailable');
  });

  it('answers invalid-argument for bytes the keystore cannot open', async () => {
    expect(
      await codeOf(() => handlers['keystore:unseal']({ data: new Uint8Array([9, 9]) }, context)),
    ).toBe('invalid-argument');
  });
});
