import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { countCurrentRows } from '../db/generations';

export interface WorkCounts {
  alerts: number;
  cases: number;
  reports: number;
}

/** How many alerts (of the datasets' current generations), cases and reports there are, live. */
export function useWorkCounts(): WorkCounts | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [alerts, cases, reports] = await Promise.all([
      countCurrentRows('alerts', db),
      db.cases.count(),
      db.reports.count(),
    ]);
    return { alerts, cases, reports };
  }, []);
}
