import type { UserRecord } from '../db/records';
import { useSessionUser } from '../users/useUsers';

/** The workstation's user: the profile signed in on the lock screen, or the only one there is. */
export function useCurrentUser(): UserRecord | null | undefined {
  return useSessionUser();
}
