import { useLiveQuery } from 'dexie-react-hooks';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import type { Typology } from '../../shared/dictionary/types';
import { getDatabase } from '../db/database';

export interface AlertCounts {
  total: number;
  /** Typologies that have alerts, most alerts first. */
  byTypology: { typology: Typology; count: number }[];
}

/** Alerts in the imported datasets, counted per typology through the `typology` index. */
export function useAlertCounts(): AlertCounts | undefined {
  return useLiveQuery(async () => {
    const alerts = getDatabase().alerts;
    const counts = await Promise.all(
      TYPOLOGIES.map(async (typology) => ({
        typology,
        count: await alerts.where('typology').equals(typology).count(),
      })),
    );
    const byTypology = counts.filter(({ count }) => count > 0).sort((a, b) => b.count - a.count);
    return { total: byTypology.reduce((sum, { count }) => sum + count, 0), byTypology };
  }, []);
}
