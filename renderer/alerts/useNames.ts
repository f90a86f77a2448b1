import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';

export interface Names {
  region: (code: string) => string;
  broker: (id: string) => string;
  instrument: (code: string) => string;
}

/** Display names of regions, brokers and instruments of the current generations. */
export function useNames(): Names {
  const maps = useLiveQuery(async () => {
    const db = getDatabase();
    const regions = new Map<string, string>();
    const brokers = new Map<string, string>();
    const instruments = new Map<string, string>();
    for (const { generation } of await db.datasets.toArray()) {
      await db.regions.where('dataset').equals(generation).each((r) => regions.set(r.code, r.name));
      await db.brokers.where('dataset').equals(generation).each((b) => brokers.set(b.id, b.name));
      await db.instruments
        .where('dataset')
        .equals(generation)
        .each((i) => instruments.set(i.code, i.name));
    }
    return { regions, brokers, instruments };
  }, []);
  return {
    region: (code) => maps?.regions.get(code) ?? code,
    broker: (id) => maps?.brokers.get(id) ?? id,
    instrument: (code) => maps?.instruments.get(code) ?? code,
  };
}
