import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { CaseRecord } from '../db/records';

/** Cases, most recently updated first, live; undefined until the first answer. */
export function useCases(): CaseRecord[] | undefined {
  return useLiveQuery(() => getDatabase().cases.orderBy('updatedAt').reverse().toArray(), []);
}
