import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';

export interface WorkCounts {
  alerts: number;
  cases: number;
  reports: number;
}

/** How many alerts, cases and reports the database holds, live. */
export function useWorkCounts(): WorkCounts | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [alerts, cases, reports] = await Promise.all([
      db.alerts.count(),
      db.cases.count(),
      db.reports.count(),
    ]);
    return { alerts, cases, reports };
  }, []);
}
