import { useLiveQuery } from 'dexie-react-hooks';
import { listDatasets } from '../db/datasets';
import type { DatasetRecord } from '../db/records';

/** The imported datasets, live; undefined until the first answer. */
export function useDatasets(): DatasetRecord[] | undefined {
  return useLiveQuery(() => listDatasets(), []);
}
