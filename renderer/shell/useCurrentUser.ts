import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { UserRecord } from '../db/records';

/**
 * The workstation's user: the one user record when exactly one exists. With none, or with
 * several and no way yet to choose, there is no current user to name.
 */
export function useCurrentUser(): UserRecord | null | undefined {
  return useLiveQuery(async () => {
    const users = await getDatabase().users.limit(2).toArray();
    return users.length === 1 ? (users[0] ?? null) : null;
  }, []);
}
