/**
 * Ranks the alert queue by the local risk model: reads every alert of the current generations
 * (a local record standing in for the sandbox alert it raises, as the queue does) and the
 * dispositions a second user has confirmed, trains the model on them — or reuses the stored one
 * when neither changed — keeps it in `riskModels`, and estimates every alert's risk. Runs in the
 * ranking worker; under Node in tests.
 */
import {
  riskOf,
  trainRiskModel,
  type RiskModelOptions,
  type RiskModelState,
} from '../../../shared/analytics/learning/riskModel';
import type { Alert } from '../../../shared/dictionary/types';
import { datasetOfGeneration } from '../../../shared/importer/generation';
import type { WorkstationDatabase } from '../../db/database';
import { alertKey } from '../alertKey';
import { RISK_MODEL_ID } from './modelId';
import type { RankingResult } from './protocol';


/**
 * The app trains once it has this many confirmed labels of each kind (true and false positive):
 * fewer would let one or two labels swing the whole queue's order.
 */
export const APP_MODEL_OPTIONS = { minLabels: 4, minPerClass: 2 } as const satisfies RiskModelOptions;

interface QueueAlerts {
  keys: string[];
  alerts: Alert[];
  /** Generations and their local detections, as one string. */
  fingerprint: string;
}

async function readQueueAlerts(db: WorkstationDatabase): Promise<QueueAlerts> {
  const datasets = (await db.datasets.toArray()).sort((a, b) => a.id.localeCompare(b.id));
  const keys: string[] = [];
  const alerts: Alert[] = [];
  const parts: string[] = [];
  for (const dataset of datasets) {
    const generation = dataset.generation;
    const datasetId = datasetOfGeneration(generation);
    const [sandbox, local] = await Promise.all([
      db.alerts.where('dataset').equals(generation).toArray(),
      db.localAlerts.where('dataset').equals(generation).toArray(),
    ]);
    const byId = new Map<string, Alert>();
    for (const alert of sandbox) byId.set(alert.id, alert);
    // A local record that raises a sandbox alert stands in for the imported row.
    for (const alert of local) byId.set(alert.id, alert);
    for (const [id, alert] of byId) {
      keys.push(alertKey(datasetId, id));
      alerts.push(alert);
    }
    const lastRun = local.reduce((latest, alert) => (alert.created > latest ? alert.created : latest), '');
    parts.push(`${generation}:${sandbox.length}+${local.length}@${lastRun}`);
  }
  return { keys, alerts, fingerprint: parts.join(',') };
}

/** Alert key → disposition, for the labels a second user confirmed (only those train). */
export async function confirmedLabels(db: WorkstationDatabase): Promise<Map<string, string>> {
  const states = await db.alertStates.where('labelStatus').equals('confirmed').toArray();
  const keys = states.map((state) => alertKey(state.dataset, state.alertId));
  const annotations = await db.annotations.bulkGet(keys);
  const labels = new Map<string, string>();
  keys.forEach((key, at) => {
    const disposition = annotations[at]?.disposition;
    if (disposition) labels.set(key, disposition);
  });
  return labels;
}

export async function rankQueue(
  db: WorkstationDatabase,
  now: () => number = Date.now,
): Promise<RankingResult> {
  const [queue, labels] = await Promise.all([readQueueAlerts(db), confirmedLabels(db)]);
  const labelPart = [...labels]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, disposition]) => `${key}=${disposition}`)
    .join(',');
  const options = APP_MODEL_OPTIONS;
  const fingerprint = `${options.minLabels}/${options.minPerClass}|${queue.fingerprint}|${labelPart}`;
  const stored = await db.riskModels.get(RISK_MODEL_ID);
  let state: RiskModelState;
  let trainedAt: string;
  let restored = false;
  if (stored && stored.fingerprint === fingerprint) {
    ({ state, trainedAt } = stored);
    restored = true;
  } else {
    const started = now();
    // Alert ids may repeat across datasets: the model knows each alert by its queue key.
    const keyed = queue.alerts.map((alert, at) => ({ ...alert, id: queue.keys[at]! }));
    state = trainRiskModel(keyed, labels, options);
    trainedAt = new Date(now()).toISOString();
    await db.riskModels.put({
      id: RISK_MODEL_ID,
      fingerprint,
      state,
      trainedAt,
      trainingMs: now() - started,
    });
  }
  const risks = new Float32Array(queue.alerts.length);
  queue.alerts.forEach((alert, at) => {
    risks[at] = riskOf(state, alert);
  });
  return {
    keys: queue.keys,
    risks,
    status: state.status,
    coldStartReason: state.coldStartReason,
    labels: state.labels,
    minPerClass: options.minPerClass,
    trainedAt,
    restored,
  };
}
