import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { AuditRecord } from '../db/records';

/** How many entries the page lists; the rest stay in the database. */
export const AUDIT_PAGE_SIZE = 200;

export interface AuditLogView {
  total: number;
  /** The newest entries, newest first. */
  latest: AuditRecord[];
}

export function useAuditLog(): AuditLogView | undefined {
  return useLiveQuery(async () => {
    const audit = getDatabase().audit;
    const [total, latest] = await Promise.all([
      audit.count(),
      audit.orderBy('seq').reverse().limit(AUDIT_PAGE_SIZE).toArray(),
    ]);
    return { total, latest };
  }, []);
}
