import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { EvidenceAlert } from '../../shared/reports/evidence';
import { alertKey } from './evidence/alertKeys';

/** Every alert of the datasets' current generations, keyed for case records; live. */
export function useCurrentAlerts(): EvidenceAlert[] | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const alerts: EvidenceAlert[] = [];
    for (const dataset of await db.datasets.toArray()) {
      const rows = await db.alerts.where('dataset').equals(dataset.generation).toArray();
      for (const row of rows)
        alerts.push({ ...row, dataset: dataset.id, key: alertKey(dataset.id, row.id) });
    }
    return alerts.sort((a, b) => (a.id < b.id ? -1 : 1));
  }, []);
}
