/**
 * Reading the workstation's own work out of the database for a backup, and writing a backup's
 * work back in ONE transaction: restoring replaces the work and the audit log (so the restored
 * chain keeps its hashes and verifies), adds the backup's user profiles beside the ones here and
 * takes its settings; imported datasets and keys are left alone.
 */
import type { BackupContents, BackupTable } from '../../shared/backup/backupContents';
import {
  BACKUP_CONTENTS_FORMAT,
  BACKUP_TABLES,
  backupRowCounts,
} from '../../shared/backup/backupContents';
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';

/** Tables whose rows a restore adds to (users) or overwrites key by key (settings). */
const MERGED_TABLES: readonly BackupTable[] = ['users', 'settings'];

export async function readBackupContents(
  db: WorkstationDatabase,
  now = new Date(),
): Promise<BackupContents> {
  return db.transaction(
    'r',
    BACKUP_TABLES.map((table) => db.table(table)),
    async () => {
      const tables = {} as BackupContents['tables'];
      for (const table of BACKUP_TABLES) {
        tables[table] =
          table === 'audit'
            ? ((await db.audit.orderBy('seq').toArray()) as unknown as Record<string, unknown>[])
            : ((await db.table(table).toArray()) as Record<string, unknown>[]);
      }
      return { format: BACKUP_CONTENTS_FORMAT, createdAt: now.toISOString(), tables };
    },
  );
}

export interface RestoreRecord {
  actor: string;
  signerFingerprint: string;
  createdAt: string;
}

/**
 * Writes the contents back, all or nothing, and appends an audit entry naming the signer and
 * the replaced log's head (the replaced entries are gone; their head stays on record).
 */
export async function writeBackupContents(
  db: WorkstationDatabase,
  contents: BackupContents,
  record: RestoreRecord,
): Promise<void> {
  await db.transaction(
    'rw',
    BACKUP_TABLES.map((table) => db.table(table)),
    async () => {
      const replacedEntries = await db.audit.count();
      const replacedHead = (await db.audit.orderBy('seq').last())?.hash ?? null;
      for (const table of BACKUP_TABLES) {
        const rows = contents.tables[table];
        if (MERGED_TABLES.includes(table)) await db.table(table).bulkPut(rows);
        else {
          await db.table(table).clear();
          await db.table(table).bulkAdd(rows);
        }
      }
      await appendAudit(db, {
        actor: record.actor,
        action: 'backup.restore',
        entity: 'backup',
        entityId: record.createdAt,
        before: { auditEntries: replacedEntries, auditHead: replacedHead },
        after: { signer: record.signerFingerprint, rows: backupRowCounts(contents) },
      });
    },
  );
}
