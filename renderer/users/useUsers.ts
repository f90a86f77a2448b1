import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { UserRecord } from '../db/records';
import { useSession } from './session';

/** Every local profile, by name. */
export function useUsers(): UserRecord[] | undefined {
  return useLiveQuery(() => getDatabase().users.orderBy('id').toArray().then(sortByName), []);
}

function sortByName(users: UserRecord[]): UserRecord[] {
  return users.sort((a, b) => a.name.localeCompare(b.name));
}

/** The user working now (see `currentUser`); null when nobody is chosen, undefined while loading. */
export function useSessionUser(): UserRecord | null | undefined {
  const { userId } = useSession();
  return useLiveQuery(async () => {
    const db = getDatabase();
    if (userId !== null) {
      const user = await db.users.get(userId);
      if (user) return user;
    }
    const users = await db.users.limit(2).toArray();
    return users.length === 1 ? (users[0] ?? null) : null;
  }, [userId]);
}

/** A function naming a user id; ids of removed or unknown users show as they are. */
export function useUserNames(): (id: string | null | undefined) => string {
  const users = useUsers();
  return (id) => {
    if (!id) return '';
    return users?.find((user) => user.id === id)?.name ?? id;
  };
}
