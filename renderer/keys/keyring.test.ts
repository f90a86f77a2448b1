import { ed25519 } from '@noble/curves/ed25519.js';
import { generateHybridIdentity, generateIdentity, identityToRecipient } from 'age-encryption';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ed25519PublicKeyFromPem } from '../../shared/crypto/ed25519PublicKey';
import type { KeyProtection } from '../../shared/host/hostApi';
import { HostCallError } from '../../shared/result';
import { openWorkstationDatabase, type WorkstationDatabase } from '../db/database';
import { KeysLockedError, type KeyringErrorCode } from './keyErrors';
import { createKeyring, type Keyring } from './keyring';
import { WORKSTATION_IDENTITY_KEY, WORKSTATION_SIGNING_KEY } from './keyNames';
import type { KeystoreHost } from './secretProtection';

const PASSPHRASE = '示范口令 long enough';

/** Seals by XOR with a fixed byte behind a marker, so tests can tell a sealed secret from a wrapped one. */
function fakeKeystore(protection: KeyProtection): KeystoreHost {
  const unavailable = () =>
    new HostCallError({ code: 'unavailable', message: 'no OS keystore in this fake' });
  return {
    keystoreInfo: async () => ({ protection, backend: `fake-${protection}` }),
    sealSecret: async (plaintext) => {
      if (protection !== 'os') throw unavailable();
      return Uint8Array.of(0x53, ...plaintext.map((byte) => byte ^ 0xa5));
    },
    unsealSecret: async (sealed) => {
      if (protection !== 'os') throw unavailable();
      if (sealed[0] !== 0x53) throw new HostCallError({ code: 'io', message: 'not sealed here' });
      return sealed.slice(1).map((byte) => byte ^ 0xa5);
    },
  };
}

let db: WorkstationDatabase;
let ids = 0;
const keyringFor = (protection: KeyProtection): Keyring =>
  createKeyring({
    database: () => db,
    host: fakeKeystore(protection),
    actor: async () => 'analyst-1',
    newId: () => `id-${++ids}`,
  });

async function failureCode(promise: Promise<unknown>): Promise<KeyringErrorCode | string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'no error';
}

async function auditText(): Promise<string> {
  return JSON.stringify(await db.audit.toArray());
}

beforeEach(async () => {
  db = await openWorkstationDatabase({
    name: 'keys-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
});
afterEach(() => db.close());

describe('workstation keys sealed by the OS keystore', () => {
  it('are created once, without a passphrase, and audited without secrets', async () => {
    const keyring = keyringFor('os');
    expect(await keyring.hasWorkstationKeys()).toBe(false);
    expect(await keyring.ensureWorkstationKeys()).toEqual({ created: true });
    expect(await keyring.ensureWorkstationKeys()).toEqual({ created: false });

    const records = await db.keys.toArray();
    expect(records.map((record) => [record.name, record.kind, record.protection]).sort()).toEqual([
      [WORKSTATION_IDENTITY_KEY, 'age-x25519', 'os'],
      [WORKSTATION_SIGNING_KEY, 'ed25519', 'os'],
    ]);
    const [identity] = await keyring.unlockedAgeIdentities();
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
    expect(await keyring.workstationRecipient()).toBe(await identityToRecipient(identity!));
    expect(await keyring.isLocked()).toBe(false);

    const sealedText = new TextDecoder('latin1').decode(records[0]!.sealed);
    expect(sealedText).not.toContain('AGE-SECRET-KEY');
    const log = await db.audit.toArray();
    expect(log.map((entry) => entry.action)).toEqual(['key.created', 'key.created']);
    expect(await auditText()).not.toContain('AGE-SECRET-KEY');
  });

  it('sign with the Ed25519 key whose public part they publish', async () => {
    const keyring = keyringFor('os');
    await keyring.ensureWorkstationKeys();
    const message = new TextEncoder().encode('feedback manifest');
    const signature = await keyring.signWithWorkstationKey(message);
    const publicKey = ed25519PublicKeyFromPem((await keyring.signingPublicKeyPem())!);
    expect(ed25519.verify(signature, message, publicKey)).toBe(true);
    expect(await keyring.signingKeyFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('workstation keys wrapped with a passphrase', () => {
  it('need a passphrase of at least ten characters', async () => {
    const keyring = keyringFor('passphrase');
    expect(await failureCode(keyring.ensureWorkstationKeys())).toBe('passphrase-required');
    expect(await failureCode(keyring.ensureWorkstationKeys('short'))).toBe('passphrase-too-short');
    expect(await failureCode(keyring.ensureWorkstationKeys('          '))).toBe(
      'passphrase-too-short',
    );
    expect(await db.keys.count()).toBe(0);
  });

  it('stay unlocked for the session that created them, and lock on request', async () => {
    const keyring = keyringFor('passphrase');
    await keyring.ensureWorkstationKeys(PASSPHRASE);
    expect((await db.keys.toArray()).every((record) => record.protection === 'passphrase')).toBe(
      true,
    );
    expect(await keyring.unlockedAgeIdentities()).toHaveLength(1);
    keyring.lockKeys();
    expect(await keyring.isLocked()).toBe(true);
    await expect(keyring.unlockedAgeIdentities()).rejects.toBeInstanceOf(KeysLockedError);
    await expect(keyring.signWithWorkstationKey(new Uint8Array(1))).rejects.toBeInstanceOf(
      KeysLockedError,
    );
  });

  it('are locked in a new session until the right passphrase is given', async () => {
    await keyringFor('passphrase').ensureWorkstationKeys(PASSPHRASE);
    const afterReload = keyringFor('passphrase');
    const notified: boolean[] = [];
    afterReload.subscribe(() => notified.push(afterReload.isUnlocked()));
    await expect(afterReload.unlockedAgeIdentities()).rejects.toThrow(/locked/);
    expect(await failureCode(afterReload.unlockKeys('wrong passphrase!'))).toBe('wrong-passphrase');
    await afterReload.unlockKeys(PASSPHRASE);
    const [identity] = await afterReload.unlockedAgeIdentities();
    expect(await identityToRecipient(identity!)).toBe(await afterReload.workstationRecipient());
    afterReload.lockKeys();
    expect(notified).toEqual([true, false]);
  });

  it('change passphrase: the old one stops working, the new one opens every key', async () => {
    const keyring = keyringFor('passphrase');
    await keyring.ensureWorkstationKeys(PASSPHRASE);
    const newPassphrase = 'a different passphrase';
    expect(await failureCode(keyring.changePassphrase('not the passphrase', newPassphrase))).toBe(
      'wrong-passphrase',
    );
    expect(await failureCode(keyring.changePassphrase(PASSPHRASE, 'short'))).toBe(
      'passphrase-too-short',
    );
    await keyring.changePassphrase(PASSPHRASE, newPassphrase);
    const later = keyringFor('passphrase');
    expect(await failureCode(later.unlockKeys(PASSPHRASE))).toBe('wrong-passphrase');
    await later.unlockKeys(newPassphrase);
    expect(await later.unlockedAgeIdentities()).toHaveLength(1);
    expect((await db.audit.toArray()).at(-1)?.action).toBe('key.passphrase-changed');
  });
});

describe('identities issued by the bureau', () => {
  it('are validated by deriving their recipient, and never echoed in errors', async () => {
    const keyring = keyringFor('os');
    await keyring.ensureWorkstationKeys();
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    const damaged = `${identity.slice(0, -1)}${identity.endsWith('Q') ? 'P' : 'Q'}`;
    const cases: [string, KeyringErrorCode][] = [
      ['hello', 'identity-format'],
      [recipient, 'identity-is-recipient'],
      [await generateHybridIdentity(), 'identity-hybrid'],
      [`${identity}\n${await generateIdentity()}`, 'identity-several'],
      [
        `# public key: ${await identityToRecipient(await generateIdentity())}\n${identity}`,
        'identity-public-key-mismatch',
      ],
    ];
    for (const [text, code] of cases) {
      expect(await failureCode(keyring.importIdentity(text, 'bureau')), code).toBe(code);
    }
    const checksum = keyring.importIdentity(damaged, 'bureau');
    await expect(checksum).rejects.toMatchObject({ code: 'identity-checksum' });
    await expect(checksum).rejects.not.toThrow(damaged.slice(16, 40));
    expect(await failureCode(keyring.importIdentity(identity, '  '))).toBe('label-required');
    expect(await db.keys.count()).toBe(2);
  });

  it('import from an age-keygen file, decrypt alongside the workstation identity, and are removed', async () => {
    const keyring = keyringFor('os');
    await keyring.ensureWorkstationKeys();
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    const file = `# created: 2026-11-20T08:00:00+08:00\n# public key: ${recipient}\n${identity}\n`;
    // A one-line password field drops the newlines of a pasted file.
    const imported = await keyring.importIdentity(file.replaceAll('\n', ''), '广东局分析组');
    expect(imported).toMatchObject({ label: '广东局分析组', recipient });
    expect(await failureCode(keyring.importIdentity(identity, 'again'))).toBe('identity-duplicate');
    expect(await keyring.unlockedAgeIdentities()).toEqual([expect.any(String), identity]);

    expect(await failureCode(keyring.removeIdentity(WORKSTATION_IDENTITY_KEY))).toBe(
      'not-removable',
    );
    await keyring.removeIdentity(imported.name);
    expect(await keyring.unlockedAgeIdentities()).toHaveLength(1);
    expect((await db.audit.toArray()).map((entry) => entry.action)).toEqual([
      'key.created',
      'key.created',
      'key.imported',
      'key.removed',
    ]);
    expect(await auditText()).not.toContain(identity);
  });

  it('are wrapped with the session passphrase, and cannot be imported while locked', async () => {
    const keyring = keyringFor('passphrase');
    await keyring.ensureWorkstationKeys(PASSPHRASE);
    const identity = await generateIdentity();
    keyring.lockKeys();
    await expect(keyring.importIdentity(identity, 'bureau')).rejects.toBeInstanceOf(
      KeysLockedError,
    );
    await keyring.unlockKeys(PASSPHRASE);
    await keyring.importIdentity(identity, 'bureau');
    const later = keyringFor('passphrase');
    await later.unlockKeys(PASSPHRASE);
    expect(await later.unlockedAgeIdentities()).toEqual([expect.any(String), identity]);
  });

  it('need the workstation keys first', async () => {
    const keyring = keyringFor('os');
    expect(await failureCode(keyring.importIdentity(await generateIdentity(), 'bureau'))).toBe(
      'no-workstation-keys',
    );
  });
});
