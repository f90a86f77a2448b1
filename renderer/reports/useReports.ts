import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { ReportRecord } from '../db/records';

/** Reports, most recently updated first, live; undefined until the first answer. */
export function useReports(): ReportRecord[] | undefined {
  return useLiveQuery(() => getDatabase().reports.orderBy('updatedAt').reverse().toArray(), []);
}
