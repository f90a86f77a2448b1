import { useLiveQuery } from 'dexie-react-hooks';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import type { Typology } from '../../shared/dictionary/types';
import { getDatabase } from '../db/database';
import { currentGenerations } from '../db/generations';

export interface AlertCounts {
  total: number;
  /** Typologies that have alerts, most alerts first. */
  byTypology: { typology: Typology; count: number }[];
}

/**
 * Alerts of the imported datasets' current generations, per typology: rows of an import in
 * progress or of a generation waiting to be purged are not counted.
 */
export function useAlertCounts(): AlertCounts | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const tally = new Map<Typology, number>();
    for (const generation of await currentGenerations(db)) {
      await db.alerts
        .where('dataset')
        .equals(generation)
        .each((alert) => tally.set(alert.typology, (tally.get(alert.typology) ?? 0) + 1));
    }
    const byTypology = TYPOLOGIES.map((typology) => ({ typology, count: tally.get(typology) ?? 0 }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count);
    return { total: byTypology.reduce((sum, { count }) => sum + count, 0), byTypology };
  }, []);
}
