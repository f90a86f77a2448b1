import { useLiveQuery } from 'dexie-react-hooks';
import type { SourceRecord } from '../db/records';
import { listSources } from '../sources/sources';

/** The configured sandbox sources, oldest first, live; undefined until the first answer. */
export function useSources(): SourceRecord[] | undefined {
  return useLiveQuery(() => listSources(), []);
}
