/**
 * Storing a local detection run: the new local alerts and the sandbox alerts they raise replace
 * the previous run's for the dataset, in one transaction with the run's audit entry, whose
 * `after` is the run summary the Alerts page shows.
 */
import type { DedupResult } from '../../../shared/analytics/dedup';
import type { Alert } from '../../../shared/dictionary/types';
import { appendAudit } from '../../db/audit';
import type { WorkstationDatabase } from '../../db/database';
import type { LocalAlertRecord } from '../../db/records';

export const DETECTION_AUDIT_ENTITY = 'localDetection';
export const DETECTION_AUDIT_ACTION = 'detection.run';

/** What one run did, kept as its audit entry's `after`. */
export interface DetectionSummary {
  dataset: string;
  generation: string;
  version: number;
  startedAt: string;
  durationMs: number;
  /** Local alerts that match no sandbox alert. */
  fresh: number;
  /** Sandbox alerts raised by local detections. */
  raised: number;
  /** Trades and orders read. */
  trades: number;
  orders: number;
}

export class StaleGenerationError extends Error {
  constructor(dataset: string) {
    super(`A new version of ${dataset} was imported while local detection ran; run it again.`);
    this.name = 'StaleGenerationError';
  }
}

/** Every generation of `dataset`: keys `<dataset>#<version>`. */
function generationsOf(dataset: string): [[string, string], [string, string]] {
  return [
    [`${dataset}#`, ''],
    [`${dataset}#\uffff`, '\uffff'],
  ];
}

export function localAlertRecords(
  generation: string,
  dedup: Pick<DedupResult, 'fresh' | 'raised' | 'matches'>,
  sandbox: readonly Alert[],
): LocalAlertRecord[] {
  const sandboxScore = new Map(sandbox.map((alert) => [alert.id, alert.score]));
  return [
    ...dedup.fresh.map((alert) => ({ ...alert, dataset: generation })),
    ...dedup.raised.map((alert) => ({
      ...alert,
      dataset: generation,
      raises: {
        sandboxScore: sandboxScore.get(alert.id) ?? alert.score,
        localIds: dedup.matches
          .filter((match) => match.sandbox === alert.id)
          .map((match) => match.local),
      },
    })),
  ];
}

/**
 * Replaces the dataset's local alerts with this run's and records the run; refuses when the
 * dataset's current generation is no longer the one analysed.
 */
export async function saveDetectionRun(
  db: WorkstationDatabase,
  records: readonly LocalAlertRecord[],
  summary: DetectionSummary,
  actor: string,
): Promise<void> {
  await db.transaction('rw', [db.datasets, db.localAlerts, db.audit], async () => {
    const current = await db.datasets.get(summary.dataset);
    if (current?.generation !== summary.generation) throw new StaleGenerationError(summary.dataset);
    const [lower, upper] = generationsOf(summary.dataset);
    await db.localAlerts.where(':id').between(lower, upper, true, true).delete();
    await db.localAlerts.bulkPut([...records]);
    await appendAudit(db, {
      actor,
      action: DETECTION_AUDIT_ACTION,
      entity: DETECTION_AUDIT_ENTITY,
      entityId: summary.dataset,
      after: summary,
      detail: `v${summary.version}: ${summary.fresh} new, ${summary.raised} raised`,
    });
  });
}

/** The dataset's last recorded run, or null. */
export async function lastDetectionRun(
  db: WorkstationDatabase,
  dataset: string,
): Promise<DetectionSummary | null> {
  const entry = await db.audit
    .where('[entity+entityId]')
    .equals([DETECTION_AUDIT_ENTITY, dataset])
    .last();
  return (entry?.after as DetectionSummary | undefined) ?? null;
}
