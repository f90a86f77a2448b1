/** Local user profiles: created here, listed for the lock screen, each creation audited. */
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type { UserRecord, UserRole } from '../db/records';
import { sessionUserId } from './session';

export class UserNameError extends Error {
  constructor(readonly problem: 'empty' | 'taken') {
    super(problem === 'empty' ? 'A user needs a name' : 'A user with this name exists');
  }
}

export async function createUser(
  name: string,
  role: UserRole,
  db: WorkstationDatabase = getDatabase(),
  now = new Date(),
): Promise<UserRecord> {
  const trimmed = name.trim();
  if (trimmed === '') throw new UserNameError('empty');
  return db.transaction('rw', db.users, db.audit, async () => {
    const existing = await db.users.toArray();
    if (existing.some((user) => user.name === trimmed)) throw new UserNameError('taken');
    const user: UserRecord = {
      id: `u-${crypto.randomUUID()}`,
      name: trimmed,
      role,
      createdAt: now.toISOString(),
    };
    await db.users.add(user);
    await appendAudit(
      db,
      {
        actor: sessionUserId() ?? user.id,
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        after: { name: user.name, role: user.role },
      },
      now,
    );
    return user;
  });
}

/**
 * The user changes are made in the name of: the one signed in, else the only profile there is
 * (a workstation with one user needs no choosing), else none.
 */
export async function currentUser(
  db: WorkstationDatabase = getDatabase(),
): Promise<UserRecord | null> {
  const id = sessionUserId();
  if (id !== null) {
    const user = await db.users.get(id);
    if (user) return user;
  }
  const users = await db.users.limit(2).toArray();
  return users.length === 1 ? (users[0] ?? null) : null;
}
