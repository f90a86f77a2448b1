/** Making a backup file and restoring one: the app's keys, host and database around shared/backup. */
import type { CheckedBackup } from '../../shared/backup/backupFile';
import {
  BACKUP_FORMAT,
  buildBackupFile,
  checkBackupFile,
  encryptBackupContents,
  openBackupContents,
  serializeBackupFile,
} from '../../shared/backup/backupFile';
import { backupRowCounts, type BackupTable } from '../../shared/backup/backupContents';
import { appendAudit } from '../db/audit';
import { getDatabase } from '../db/database';
import { getAllSettings } from '../db/settings';
import { host } from '../host';
import { useAppStore } from '../store';
import {
  signingKeyFingerprint,
  signingPublicKeyPem,
  signWithWorkstationKey,
  unlockedAgeIdentities,
  workstationRecipient,
} from '../keys/identities';
import { currentUser } from '../users/userStore';
import { readBackupContents, writeBackupContents } from './backupRecords';

/** `own`: this workstation's age recipient; otherwise a recipient the user typed, or a passphrase. */
export type BackupTarget =
  | { kind: 'own' }
  | { kind: 'recipient'; recipient: string }
  | { kind: 'passphrase'; passphrase: string };

export class BackupTargetError extends Error {
  constructor(readonly problem: 'bad-recipient' | 'no-keys' | 'short-passphrase') {
    super(problem);
  }
}

export const MIN_BACKUP_PASSPHRASE = 10;

export interface BackupExportOutcome {
  saved: boolean;
  rows: Record<BackupTable, number>;
  location?: string;
}

async function actorId(): Promise<string> {
  return (await currentUser(getDatabase()))?.id ?? 'workstation';
}

/** Throws KeysLockedError while the keys are locked, BackupTargetError for a bad target. */
export async function exportBackup(
  target: BackupTarget,
  now = new Date(),
): Promise<BackupExportOutcome> {
  const db = getDatabase();
  const signerPem = await signingPublicKeyPem();
  if (signerPem === null) throw new BackupTargetError('no-keys');
  let recipient: string | null = null;
  if (target.kind === 'own') {
    recipient = await workstationRecipient();
    if (recipient === null) throw new BackupTargetError('no-keys');
  } else if (target.kind === 'recipient') {
    recipient = target.recipient.trim();
    if (!/^age1[0-9a-z]{58}$/.test(recipient)) throw new BackupTargetError('bad-recipient');
  } else if (target.passphrase.length < MIN_BACKUP_PASSPHRASE)
    throw new BackupTargetError('short-passphrase');

  const contents = await readBackupContents(db, now);
  const ciphertext = await encryptBackupContents(
    contents,
    recipient !== null
      ? { recipient }
      : { passphrase: (target as { passphrase: string }).passphrase },
  );
  const file = await buildBackupFile(
    {
      format: BACKUP_FORMAT,
      createdAt: contents.createdAt,
      encryption: recipient !== null ? 'recipient' : 'passphrase',
      recipient,
      signerPublicKeyPem: signerPem,
    },
    ciphertext,
    signWithWorkstationKey,
  );
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const outcome = await host.saveFile({
    suggestedName: `workstation-backup-${stamp}.json`,
    mimeType: 'application/json',
    data: new TextEncoder().encode(serializeBackupFile(file)),
  });
  const rows = backupRowCounts(contents);
  if (outcome.saved)
    await appendAudit(db, {
      actor: await actorId(),
      action: 'backup.export',
      entity: 'backup',
      entityId: contents.createdAt,
      after: {
        encryption: file.header.encryption,
        recipient,
        rows,
        signer: await signingKeyFingerprint(),
      },
    });
  return {
    saved: outcome.saved,
    rows,
    ...(outcome.location ? { location: outcome.location } : {}),
  };
}

export interface ReadBackup extends CheckedBackup {
  /** True when this workstation signed the backup itself. */
  ownSigner: boolean;
}

/** Parses and checks the signature; throws BackupRefusal. Nothing is decrypted or written. */
export async function readBackupFile(text: string): Promise<ReadBackup> {
  const checked = checkBackupFile(text);
  return { ...checked, ownSigner: checked.signerFingerprint === (await signingKeyFingerprint()) };
}

/**
 * Decrypts (with the passphrase, or this workstation's identities), validates and writes the
 * backup in one transaction. Throws BackupRefusal, KeysLockedError, or the database's error
 * (a quota error included), in which case nothing was written.
 */
export async function restoreBackup(
  backup: CheckedBackup,
  passphrase: string | null,
): Promise<Record<BackupTable, number>> {
  const secret =
    backup.file.header.encryption === 'passphrase'
      ? { passphrase: passphrase ?? '' }
      : { identities: await unlockedAgeIdentities() };
  const contents = await openBackupContents(backup.file, secret);
  await writeBackupContents(getDatabase(), contents, {
    actor: await actorId(),
    signerFingerprint: backup.signerFingerprint,
    createdAt: backup.file.header.createdAt,
  });
  // The restored language, theme and idle lock apply at once, as if chosen in Settings.
  useAppStore.getState().preferencesLoaded(await getAllSettings());
  return backupRowCounts(contents);
}
