import type { WorkstationDatabase } from '../db/database';

/** Who the audit log names for a change made here: the workstation's one user, else the workstation. */
export async function auditActor(db: WorkstationDatabase): Promise<string> {
  const users = await db.users.limit(2).toArray();
  return users.length === 1 && users[0] ? users[0].id : 'workstation';
}
