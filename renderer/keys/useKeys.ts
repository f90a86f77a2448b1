import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { keyring, type KeySummary } from './identities';
import {
  WORKSTATION_IDENTITY_KEY,
  WORKSTATION_SIGNING_KEY,
  isImportedIdentityName,
} from './keyNames';

export interface WorkstationKeys {
  /** The workstation's age identity; null before first run created it. */
  identity: KeySummary | null;
  signing: KeySummary | null;
  /** Identities the bureau issued, oldest first. */
  imported: KeySummary[];
}

/** The key records without their sealed secrets, live; undefined until the first answer. */
export function useWorkstationKeys(): WorkstationKeys | undefined {
  return useLiveQuery(async () => {
    const records = await getDatabase().keys.toArray();
    const summaries = records.map(({ sealed: _sealed, ...summary }) => summary);
    return {
      identity: summaries.find((key) => key.name === WORKSTATION_IDENTITY_KEY) ?? null,
      signing: summaries.find((key) => key.name === WORKSTATION_SIGNING_KEY) ?? null,
      imported: summaries
        .filter((key) => isImportedIdentityName(key.name))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    };
  }, []);
}

/** Whether this session holds the passphrase-derived keys; outside the app store, so no devtools see it. */
export function useSessionUnlocked(): boolean {
  return useSyncExternalStore(keyring.subscribe, keyring.isUnlocked);
}

/** True when passphrase-protected keys exist and this session has not unlocked them. */
export function keysLocked(keys: WorkstationKeys, sessionUnlocked: boolean): boolean {
  const all = [keys.identity, keys.signing, ...keys.imported];
  return !sessionUnlocked && all.some((key) => key?.protection === 'passphrase');
}
