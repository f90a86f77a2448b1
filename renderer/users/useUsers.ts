import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { UserRecord } from '../db/records';
import { useSession } from './session';

/**
 * Profiles this window has read. Unlocking mounts the page again, and a page that did not yet
 * know its user would turn the first key press away with "choose a user first".
 */
const knownUsers = new Map<string, UserRecord>();

export function rememberUser<T extends UserRecord | null | undefined>(user: T): T {
  if (user) knownUsers.set(user.id, user);
  return user;
}

/** Every local profile, by name. */
export function useUsers(): UserRecord[] | undefined {
  return useLiveQuery(async () => {
    const users = await getDatabase().users.orderBy('id').toArray();
    for (const user of users) rememberUser(user);
    return sortByName(users);
  }, []);
}

function sortByName(users: UserRecord[]): UserRecord[] {
  return users.sort((a, b) => a.name.localeCompare(b.name));
}

/** The user working now (see `currentUser`); null when nobody is chosen, undefined while loading. */
export function useSessionUser(): UserRecord | null | undefined {
  const { userId } = useSession();
  return useLiveQuery(
    async () => {
      const db = getDatabase();
      if (userId !== null) {
        const user = await db.users.get(userId);
        if (user) return rememberUser(user);
      }
      const users = await db.users.limit(2).toArray();
      return users.length === 1 ? rememberUser(users[0] ?? null) : null;
    },
    [userId],
    userId === null ? undefined : knownUsers.get(userId),
  );
}

/** A function naming a user id; ids of removed or unknown users show as they are. */
export function useUserNames(): (id: string | null | undefined) => string {
  const users = useUsers();
  return (id) => {
    if (!id) return '';
    return users?.find((user) => user.id === id)?.name ?? id;
  };
}
