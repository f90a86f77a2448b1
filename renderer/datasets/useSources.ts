import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { SourceRecord } from '../db/records';

/** The configured sandbox sources, oldest first, live; undefined until the first answer. */
export function useSources(): SourceRecord[] | undefined {
  return useLiveQuery(async () => {
    const sources = await getDatabase().sources.toArray();
    return sources.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }, []);
}
