/**
 * One local detection run over a dataset's current generation: read it from IndexedDB, run every
 * detector (shared/analytics/detectors.ts), fold the findings that match sandbox alerts into
 * them, and store the result. Runs in the detection worker; under Node in tests.
 */
import { analyseDataset, LOCAL_DETECTORS } from '../../../shared/analytics/detectors';
import { dedupAgainstSandbox } from '../../../shared/analytics/dedup';
import type { WorkstationDatabase } from '../../db/database';
import { currentDataset } from './indexedDbDataset';
import { localAlertRecords, saveDetectionRun, type DetectionSummary } from './detectionStore';

export type DetectionProgress =
  | { stage: 'reading'; table: string; rows: number }
  | { stage: 'detecting'; done: number; total: number }
  | { stage: 'writing' };

export interface DetectionRequest {
  dataset: string;
  actor: string;
}

export async function runLocalDetection(
  db: WorkstationDatabase,
  { dataset, actor }: DetectionRequest,
  onProgress: (progress: DetectionProgress) => void = () => {},
  now: () => number = Date.now,
): Promise<DetectionSummary> {
  const started = now();
  const rowsRead = new Map<string, number>();
  const source = await currentDataset(dataset, db, (table, rows) => {
    const total = (rowsRead.get(table) ?? 0) + rows;
    rowsRead.set(table, total);
    onProgress({ stage: 'reading', table, rows: total });
  });
  if (!source) throw new Error(`Dataset ${dataset} is not imported.`);
  const total = LOCAL_DETECTORS.length;
  let done = 0;
  const detectors = LOCAL_DETECTORS.map((detector) => ({
    ...detector,
    detect: (context: Parameters<typeof detector.detect>[0]) => {
      const drafts = detector.detect(context);
      done += 1;
      onProgress({ stage: 'detecting', done, total });
      return drafts;
    },
  }));
  const result = await analyseDataset(source, { detectors, createdMs: started });
  onProgress({ stage: 'writing' });
  const sandbox = result.data.sandboxAlerts;
  const dedup = dedupAgainstSandbox(result.alerts, sandbox);
  const summary: DetectionSummary = {
    dataset,
    generation: source.generation,
    version: source.version,
    startedAt: new Date(started).toISOString(),
    durationMs: now() - started,
    fresh: dedup.fresh.length,
    raised: dedup.raised.length,
    trades: result.data.trades.length,
    orders: result.data.orders.length,
  };
  await saveDetectionRun(db, localAlertRecords(source.generation, dedup, sandbox), summary, actor);
  return summary;
}
