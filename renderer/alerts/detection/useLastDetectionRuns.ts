import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import type { DatasetRecord } from '../../db/records';
import { lastDetectionRun, type DetectionSummary } from './detectionStore';

/** Each dataset's last recorded run (from the audit trail), live; undefined until read. */
export function useLastDetectionRuns(
  datasets: readonly DatasetRecord[] | undefined,
): Map<string, DetectionSummary | null> | undefined {
  const ids = (datasets ?? []).map((dataset) => dataset.id).join('|');
  return useLiveQuery(async () => {
    const db = getDatabase();
    const runs = new Map<string, DetectionSummary | null>();
    for (const id of ids === '' ? [] : ids.split('|')) runs.set(id, await lastDetectionRun(db, id));
    return runs;
  }, [ids]);
}
