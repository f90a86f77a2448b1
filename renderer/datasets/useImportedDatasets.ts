import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { DatasetRecord, DatasetVersionRecord } from '../db/records';

export interface ImportedDataset {
  /** The committed dataset, or undefined when none is (never imported, or purged). */
  record: DatasetRecord | undefined;
  /** Its version history, oldest first, purged versions included. */
  versions: DatasetVersionRecord[];
}

/** Dataset id → what this workstation holds of it, live. */
export function useImportedDatasets(): ReadonlyMap<string, ImportedDataset> | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [records, versions] = await Promise.all([
      db.datasets.toArray(),
      db.datasetVersions.toArray(),
    ]);
    const byId = new Map<string, ImportedDataset>();
    const entry = (id: string) => {
      let found = byId.get(id);
      if (!found) {
        found = { record: undefined, versions: [] };
        byId.set(id, found);
      }
      return found;
    };
    for (const record of records) entry(record.id).record = record;
    for (const version of versions.sort((a, b) => a.version - b.version))
      entry(version.dataset).versions.push(version);
    return byId;
  }, []);
}

export function totalRows(record: Pick<DatasetRecord, 'rowCounts'>): number {
  return Object.values(record.rowCounts).reduce((sum, rows) => sum + (rows ?? 0), 0);
}
