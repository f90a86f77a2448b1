import type { WorkstationDatabase } from '../db/database';
import { currentUser } from '../users/userStore';

/** Who the audit log names for a change made here: the signed-in user, else the workstation. */
export async function auditActor(db: WorkstationDatabase): Promise<string> {
  return (await currentUser(db))?.id ?? 'workstation';
}
