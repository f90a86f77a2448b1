/**
 * The workstation's keys: its own age X25519 identity (packages are encrypted to it) and Ed25519
 * signing key (feedback is signed with it), plus identities the bureau issued. Secrets are stored
 * only sealed or passphrase-wrapped; an unlocked session keeps derived keys in memory, never the
 * passphrase, and nothing secret reaches the audit log, the console or the app store.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import {
  ed25519PublicKeyFromPem,
  publicKeyFingerprint,
} from '../../shared/crypto/ed25519PublicKey';
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import type { KeyRecord } from '../db/records';
import { parseAgeIdentity } from './ageIdentity';
import { KeyringError, KeysLockedError } from './keyErrors';
import {
  WORKSTATION_IDENTITY_KEY,
  WORKSTATION_SIGNING_KEY,
  importedIdentityName,
  isImportedIdentityName,
} from './keyNames';
import { newWorkstationKeyRecords } from './newWorkstationKeys';
import { checkPassphraseLength } from './passphrasePolicy';
import {
  newSession,
  protectSecret,
  revealSecret,
  unlockSession,
  type KeystoreHost,
  type UnlockedSession,
} from './secretProtection';

export interface KeyringContext {
  database: () => WorkstationDatabase;
  host: KeystoreHost;
  /** Who the audit log names for a change. */
  actor: (db: WorkstationDatabase) => Promise<string>;
  now?: () => Date;
  /** A fresh id for an imported identity. */
  newId?: () => string;
}

/** A key record without its sealed secret: what the UI may hold. */
export type KeySummary = Omit<KeyRecord, 'sealed'>;

export interface ImportedIdentity {
  name: string;
  label: string;
  recipient: string;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export function createKeyring(context: KeyringContext) {
  const now = () => (context.now ?? (() => new Date()))();
  const newId = context.newId ?? (() => crypto.randomUUID());
  let session: UnlockedSession | null = null;
  const listeners = new Set<() => void>();

  const setSession = (next: UnlockedSession | null) => {
    session = next;
    for (const listener of listeners) listener();
  };

  const passphraseRecords = async (db: WorkstationDatabase): Promise<KeyRecord[]> => {
    const records = await db.keys.toArray();
    // The workstation identity first: its wrapping key becomes the session's current one.
    return records
      .filter((record) => record.protection === 'passphrase')
      .sort(
        (a, b) =>
          Number(b.name === WORKSTATION_IDENTITY_KEY) - Number(a.name === WORKSTATION_IDENTITY_KEY),
      );
  };

  const workstationIdentityRecord = async (db: WorkstationDatabase): Promise<KeyRecord> => {
    const record = await db.keys.get(WORKSTATION_IDENTITY_KEY);
    if (!record) throw new KeyringError('no-workstation-keys', 'The workstation has no keys yet.');
    return record;
  };

  /** Creates the workstation's two keys when they do not exist; a passphrase is needed without an OS keystore. */
  async function ensureWorkstationKeys(passphrase?: string): Promise<{ created: boolean }> {
    const db = context.database();
    if (await db.keys.get(WORKSTATION_IDENTITY_KEY)) return { created: false };
    const { protection } = await context.host.keystoreInfo();
    let created: UnlockedSession | null = null;
    if (protection === 'passphrase') {
      if (passphrase === undefined)
        throw new KeyringError(
          'passphrase-required',
          'Set a passphrase to protect the workstation keys.',
        );
      checkPassphraseLength(passphrase);
      created = await newSession(passphrase);
    }
    const records = await newWorkstationKeyRecords(protection, context.host, created, now());
    const actor = await context.actor(db);
    const written = await db.transaction('rw', db.keys, db.audit, async () => {
      // Another window may have created them meanwhile: keep the first.
      if (await db.keys.get(WORKSTATION_IDENTITY_KEY)) return false;
      await db.keys.bulkAdd(records);
      for (const record of records) {
        await appendAudit(db, {
          actor,
          action: 'key.created',
          entity: 'key',
          entityId: record.name,
          after: publicView(record),
        });
      }
      return true;
    });
    if (written && created) setSession(created);
    return { created: written };
  }

  async function hasWorkstationKeys(): Promise<boolean> {
    return (await context.database().keys.get(WORKSTATION_IDENTITY_KEY)) !== undefined;
  }

  /** The `age1…` recipient to register with the sandbox, or null before the keys exist. */
  async function workstationRecipient(): Promise<string | null> {
    return (await context.database().keys.get(WORKSTATION_IDENTITY_KEY))?.publicPart ?? null;
  }

  /** The signing key as PEM SubjectPublicKeyInfo, for the sandbox to verify feedback. */
  async function signingPublicKeyPem(): Promise<string | null> {
    return (await context.database().keys.get(WORKSTATION_SIGNING_KEY))?.publicPart ?? null;
  }

  async function signingKeyFingerprint(): Promise<string | null> {
    const pem = await signingPublicKeyPem();
    return pem === null ? null : publicKeyFingerprint(ed25519PublicKeyFromPem(pem));
  }

  /** Opens every passphrase-wrapped key with `passphrase`; throws `wrong-passphrase` when it does not. */
  async function unlockKeys(passphrase: string): Promise<void> {
    const records = await passphraseRecords(context.database());
    if (records.length === 0) return;
    setSession(await unlockSession(records, passphrase));
  }

  function lockKeys(): void {
    setSession(null);
  }

  function isUnlocked(): boolean {
    return session !== null;
  }

  /** Whether keys need a passphrase that this session has not been given. */
  async function isLocked(): Promise<boolean> {
    if (session) return false;
    return (await passphraseRecords(context.database())).length > 0;
  }

  /** Calls `listener` when the session locks or unlocks; returns the unsubscribe function. */
  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Every age identity the workstation holds, its own first, as `AGE-SECRET-KEY-1…` strings. */
  async function unlockedAgeIdentities(): Promise<string[]> {
    const records = await context.database().keys.where('kind').equals('age-x25519').toArray();
    records.sort(
      (a, b) =>
        Number(b.name === WORKSTATION_IDENTITY_KEY) - Number(a.name === WORKSTATION_IDENTITY_KEY),
    );
    if (!session && records.some((record) => record.protection === 'passphrase'))
      throw new KeysLockedError();
    const identities: string[] = [];
    for (const record of records) {
      const secret = await revealSecret(record, context.host, session);
      identities.push(fromUtf8.decode(secret));
      secret.fill(0);
    }
    return identities;
  }

  /** Stores an identity the bureau issued, protected like the workstation's own; the secret is not kept in view. */
  async function importIdentity(secretText: string, label: string): Promise<ImportedIdentity> {
    const name = label.trim();
    if (name === '') throw new KeyringError('label-required', 'Give the identity a name.');
    const identity = await parseAgeIdentity(secretText);
    const db = context.database();
    const own = await workstationIdentityRecord(db);
    const existing = await db.keys.where('kind').equals('age-x25519').toArray();
    if (existing.some((record) => record.publicPart === identity.recipient))
      throw new KeyringError(
        'identity-duplicate',
        `The identity of ${identity.recipient} is already installed.`,
      );
    const secret = utf8.encode(identity.secret);
    let sealed: Uint8Array;
    try {
      sealed = await protectSecret(secret, own.protection, context.host, session);
    } finally {
      secret.fill(0);
    }
    const record: KeyRecord = {
      name: importedIdentityName(newId()),
      kind: 'age-x25519',
      publicPart: identity.recipient,
      label: name,
      protection: own.protection,
      sealed,
      createdAt: now().toISOString(),
    };
    const actor = await context.actor(db);
    await db.transaction('rw', db.keys, db.audit, async () => {
      await db.keys.add(record);
      await appendAudit(db, {
        actor,
        action: 'key.imported',
        entity: 'key',
        entityId: record.name,
        after: publicView(record),
      });
    });
    return { name: record.name, label: name, recipient: identity.recipient };
  }

  /** Removes an imported identity; the workstation's own keys cannot be removed. */
  async function removeIdentity(name: string): Promise<void> {
    if (!isImportedIdentityName(name))
      throw new KeyringError('not-removable', 'The workstation’s own keys cannot be removed.');
    const db = context.database();
    const actor = await context.actor(db);
    await db.transaction('rw', db.keys, db.audit, async () => {
      const record = await db.keys.get(name);
      if (!record) throw new KeyringError('not-found', `No identity named "${name}".`);
      await db.keys.delete(name);
      await appendAudit(db, {
        actor,
        action: 'key.removed',
        entity: 'key',
        entityId: name,
        before: publicView(record),
      });
    });
  }

  /** A pure Ed25519 signature (RFC 8032) by the workstation's signing key. */
  async function signWithWorkstationKey(bytes: Uint8Array): Promise<Uint8Array> {
    const record = await context.database().keys.get(WORKSTATION_SIGNING_KEY);
    if (!record)
      throw new KeyringError('no-workstation-keys', 'The workstation has no signing key yet.');
    const secret = await revealSecret(record, context.host, session);
    try {
      return ed25519.sign(bytes, secret);
    } finally {
      secret.fill(0);
    }
  }

  /** Re-wraps every passphrase-protected key under a new passphrase, in one transaction. */
  async function changePassphrase(current: string, next: string): Promise<void> {
    checkPassphraseLength(next);
    const db = context.database();
    const records = await passphraseRecords(db);
    if (records.length === 0)
      throw new KeyringError('no-workstation-keys', 'No key is protected with a passphrase.');
    const opened = await unlockSession(records, current);
    const replacement = await newSession(next);
    const rewrapped: KeyRecord[] = [];
    for (const record of records) {
      const secret = await revealSecret(record, context.host, opened);
      try {
        rewrapped.push({
          ...record,
          sealed: await protectSecret(secret, 'passphrase', context.host, replacement),
        });
      } finally {
        secret.fill(0);
      }
    }
    const actor = await context.actor(db);
    await db.transaction('rw', db.keys, db.audit, async () => {
      await db.keys.bulkPut(rewrapped);
      await appendAudit(db, {
        actor,
        action: 'key.passphrase-changed',
        entity: 'key',
        entityId: WORKSTATION_IDENTITY_KEY,
        detail: `${rewrapped.length} keys re-wrapped`,
      });
    });
    setSession(replacement);
  }

  return {
    ensureWorkstationKeys,
    hasWorkstationKeys,
    workstationRecipient,
    signingPublicKeyPem,
    signingKeyFingerprint,
    unlockKeys,
    lockKeys,
    isUnlocked,
    isLocked,
    subscribe,
    unlockedAgeIdentities,
    importIdentity,
    removeIdentity,
    signWithWorkstationKey,
    changePassphrase,
  };
}

export type Keyring = ReturnType<typeof createKeyring>;

/** What the audit log may record of a key: its public part and how it is protected. */
function publicView(record: KeyRecord) {
  const { name, kind, publicPart, label, protection } = record;
  return { name, kind, publicPart, protection, ...(label === undefined ? {} : { label }) };
}
