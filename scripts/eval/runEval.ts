/**
 * The evaluation behind `npm run eval`: the local detectors scored against the answer key
 * (recall and precision per typology, alerts on look-alikes), and the learning loop's simulated
 * analyst against the score orders and random orders.
 */
import type { Alert, Typology } from '../../shared/dictionary/types';
import type { AnalysisDataset } from '../../shared/analytics/dataset';
import { analyseDataset } from '../../shared/analytics/detectors';
import { evaluateAlerts, type GroundTruth } from '../../shared/analytics/evaluation';
import { alertPool } from './alertPool';
import {
  learningOrder,
  median,
  randomOrder,
  scoreOrder,
  simulateAnalyst,
  type AnalystRun,
} from './simulatedAnalyst';

export interface TypologyRow {
  typology: Typology;
  schemes: number;
  found: number;
  recall: number;
  alerts: number;
  /** Alerts of this typology that name a planted scheme's accounts, over its alerts (null without alerts). */
  precision: number | null;
}

export interface EvalResult {
  dataset: string;
  local: { alerts: number; precision: number; onLookAlikes: number; missed: string[] };
  sandbox: { alerts: number; precision: number; schemesFound: number };
  perTypology: TypologyRow[];
  pool: { alerts: number; truePositives: number; raised: number; fresh: number; schemes: number };
  /** Alerts reviewed to find 90 % of the planted schemes, by order (null: never). */
  reviewsTo90: {
    minimum: number;
    learning: number | null;
    learningReviewNext: number | null;
    /** The learning loop with the raised alerts' scores put back to the sandbox's: what learning adds alone. */
    learningFromSandboxScores: number | null;
    /** The learning loop with every score set to 0.5: the cold start is the queue in id order, the rest is learnt from the features. */
    learningWithoutScores: number | null;
    score: number | null;
    sandboxScore: number | null;
    randomMedian: number | null;
    random: Array<number | null>;
  };
  /** Learning-loop reviews over the sandbox's score order's (the target is ≤ 0.5; 0 when the sandbox's order never gets there). */
  learningOverSandbox: number | null;
}

export interface EvalOptions {
  randomSeeds?: number;
  retrainEvery?: number;
  createdMs?: number;
  onProgress?: (line: string) => void;
}

const reviews = (run: AnalystRun) => run.reviews;
const ratio = (learning: number | null, baseline: number | null): number | null =>
  learning === null ? null : baseline === null ? 0 : learning / baseline;

export async function runEval(
  dataset: AnalysisDataset,
  truth: GroundTruth,
  options: EvalOptions = {},
): Promise<EvalResult> {
  const { alerts, data } = await analyseDataset(dataset, {
    createdMs: options.createdMs ?? Date.parse('2026-10-01T00:00:00Z'),
    onProgress: options.onProgress,
  });
  const local = evaluateAlerts(alerts, truth);
  const sandbox = evaluateAlerts(data.sandboxAlerts, truth);
  const perTypology = local.perTypology.map((row): TypologyRow => {
    const ofTypology = alerts.filter((alert) => alert.typology === row.typology);
    return {
      ...row,
      alerts: ofTypology.length,
      precision: ofTypology.length ? evaluateAlerts(ofTypology, truth).precision : null,
    };
  });
  const pool = alertPool(alerts, data.sandboxAlerts);
  const poolEvaluation = evaluateAlerts(pool.alerts, truth);
  const sandboxScoreOf = (alert: Alert) => pool.sandboxScores.get(alert.id) ?? alert.score - 1; // alerts the sandbox never raised come after its own
  const seeds = Array.from({ length: options.randomSeeds ?? 11 }, (_, i) => i + 1);
  const random = seeds.map((seed) =>
    reviews(simulateAnalyst(pool.alerts, truth, randomOrder(seed))),
  );
  const learning = reviews(
    simulateAnalyst(
      pool.alerts,
      truth,
      learningOrder(pool.alerts, { retrainEvery: options.retrainEvery }),
    ),
  );
  const sandboxScored = pool.alerts.map((alert) => ({
    ...alert,
    score: pool.sandboxScores.get(alert.id) ?? alert.score,
  }));
  const unscored = pool.alerts.map((alert) => ({ ...alert, score: 0.5 }));
  const sandboxScore = reviews(simulateAnalyst(pool.alerts, truth, scoreOrder(sandboxScoreOf)));
  const score = reviews(
    simulateAnalyst(
      pool.alerts,
      truth,
      scoreOrder((alert) => alert.score),
    ),
  );
  return {
    dataset: dataset.id,
    local: {
      alerts: local.alerts,
      precision: local.precision,
      onLookAlikes: local.onLookAlikes.length,
      missed: local.missed,
    },
    sandbox: {
      alerts: sandbox.alerts,
      precision: sandbox.precision,
      schemesFound: sandbox.found.length,
    },
    perTypology,
    pool: {
      alerts: pool.alerts.length,
      truePositives: poolEvaluation.alertsOnSchemes,
      raised: pool.raised,
      fresh: pool.fresh,
      schemes: truth.schemes.length,
    },
    reviewsTo90: {
      minimum: Math.ceil(0.9 * truth.schemes.length),
      learning,
      learningReviewNext: reviews(
        simulateAnalyst(
          pool.alerts,
          truth,
          learningOrder(pool.alerts, { retrainEvery: options.retrainEvery, pick: 'review-next' }),
        ),
      ),
      learningFromSandboxScores: reviews(
        simulateAnalyst(
          sandboxScored,
          truth,
          learningOrder(sandboxScored, { retrainEvery: options.retrainEvery }),
        ),
      ),
      learningWithoutScores: reviews(
        simulateAnalyst(
          unscored,
          truth,
          learningOrder(unscored, { retrainEvery: options.retrainEvery }),
        ),
      ),
      score,
      sandboxScore,
      randomMedian: random.includes(null) ? null : median(random as number[]),
      random,
    },
    learningOverSandbox: ratio(learning, sandboxScore),
  };
}
