import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyProtection } from '../../shared/host/hostApi';
import {
  forgetRevealedFields,
  isRevealed,
  markRevealed,
  subscribeToReveals,
} from '../alerts/revealedFields';
import { openWorkstationDatabase, type WorkstationDatabase } from '../db/database';
import { createKeyring, type Keyring } from '../keys/keyring';
import type { KeystoreHost } from '../keys/secretProtection';
import { isSessionLocked, lockSession, sessionUserId, signIn } from './session';
import { createSessionLock } from './sessionLock';

const PASSPHRASE = '锁屏测试口令 long enough';
const FIELD = 'ds-1|A001|name';

/** An OS keystore that seals by flipping bits, or none at all (passphrase protection). */
function keystore(protection: KeyProtection): KeystoreHost {
  return {
    keystoreInfo: async () => ({ protection, backend: 'test' }),
    sealSecret: async (plaintext) => plaintext.map((byte) => byte ^ 0xff),
    unsealSecret: async (sealed) => sealed.map((byte) => byte ^ 0xff),
  };
}

let db: WorkstationDatabase;

async function workstation(protection: KeyProtection) {
  const keyring: Keyring = createKeyring({
    database: () => db,
    host: keystore(protection),
    actor: async () => 'u-test',
  });
  await keyring.ensureWorkstationKeys(protection === 'passphrase' ? PASSPHRASE : undefined);
  const lock = createSessionLock({ keys: keyring, forgetRevealedFields, lockSession, signIn });
  return { keyring, lock };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

beforeEach(async () => {
  db = await openWorkstationDatabase({
    name: 'lock-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  signIn('u-first');
  forgetRevealedFields();
});
afterEach(() => db.close());

describe('the session lock', () => {
  it('masks revealed fields again, locks the keys and puts the lock screen up', async () => {
    const { keyring, lock } = await workstation('passphrase');
    markRevealed(FIELD);
    let notified = 0;
    const unsubscribe = subscribeToReveals(() => (notified += 1));

    lock.lockWorkstation();
    unsubscribe();

    expect(isRevealed(FIELD)).toBe(false);
    expect(notified).toBe(1);
    expect(keyring.isUnlocked()).toBe(false);
    expect(isSessionLocked()).toBe(true);
    expect(await lock.passphraseNeeded()).toBe(true);
  });

  it('refuses a wrong passphrase and stays locked; the right one signs the chosen user in', async () => {
    const { keyring, lock } = await workstation('passphrase');
    lock.lockWorkstation();

    expect(await codeOf(lock.unlockWorkstation('u-second', 'not the passphrase'))).toBe(
      'wrong-passphrase',
    );
    expect(await codeOf(lock.unlockWorkstation('u-second', ''))).toBe('wrong-passphrase');
    expect(isSessionLocked()).toBe(true);
    expect(sessionUserId()).toBe('u-first');
    expect(keyring.isUnlocked()).toBe(false);

    await lock.unlockWorkstation('u-second', PASSPHRASE);
    expect(isSessionLocked()).toBe(false);
    expect(sessionUserId()).toBe('u-second');
    expect(keyring.isUnlocked()).toBe(true);
    expect(await keyring.unlockedAgeIdentities()).toHaveLength(1);
  });

  it('checks the passphrase even when the keys were already open', async () => {
    const { keyring, lock } = await workstation('passphrase');
    expect(keyring.isUnlocked()).toBe(true);
    expect(await codeOf(lock.checkPassphrase('not the passphrase'))).toBe('wrong-passphrase');
  });

  it('asks no passphrase when the OS keystore seals the keys', async () => {
    const { lock } = await workstation('os');
    lock.lockWorkstation();
    expect(await lock.passphraseNeeded()).toBe(false);
    await lock.unlockWorkstation('u-second', '');
    expect(isSessionLocked()).toBe(false);
    expect(sessionUserId()).toBe('u-second');
  });
});
