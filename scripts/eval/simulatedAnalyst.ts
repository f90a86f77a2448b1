/**
 * A simulated analyst working through the alert queue in a given order, labelling each alert
 * from the answer key (true positive when it names accounts of a planted scheme), until the
 * alerts reviewed have found a share of the planted schemes (an alert finds a scheme when it is
 * of the scheme's typology and names one of its accounts, as `evaluation.ts` matches).
 */
import type { Alert } from '../../shared/dictionary/types';
import type { GroundTruth } from '../../shared/analytics/evaluation';
import {
  estimateRisk,
  rankByRisk,
  reviewNext,
  trainRiskModel,
  type RiskModelOptions,
} from '../../shared/analytics/learning/riskModel';

/** Picks the next alert to review from the unlabelled ones, knowing the dispositions so far. */
export type ReviewOrder = (
  unlabelled: readonly Alert[],
  dispositions: ReadonlyMap<string, string>,
) => Alert;

export interface AnalystRun {
  /** Alerts reviewed until the target share of schemes was found; null if never. */
  reviews: number | null;
  /** Schemes found after every alert was reviewed. */
  schemesFound: number;
  schemes: number;
}

const namesScheme = (alert: Alert, scheme: GroundTruth['schemes'][number]) =>
  scheme.accounts.some((account) => alert.accounts.includes(account.id));

export function dispositionFromTruth(alert: Alert, truth: GroundTruth): string {
  return truth.schemes.some((scheme) => namesScheme(alert, scheme))
    ? 'true_positive'
    : 'false_positive';
}

export function schemesFoundBy(alert: Alert, truth: GroundTruth): string[] {
  return truth.schemes
    .filter((scheme) => scheme.typology === alert.typology && namesScheme(alert, scheme))
    .map((scheme) => scheme.id);
}

export function simulateAnalyst(
  pool: readonly Alert[],
  truth: GroundTruth,
  order: ReviewOrder,
  targetShare = 0.9,
): AnalystRun {
  const target = Math.ceil(targetShare * truth.schemes.length);
  const found = new Set<string>();
  const dispositions = new Map<string, string>();
  let unlabelled = [...pool];
  let reviews: number | null = null;
  while (unlabelled.length > 0 && reviews === null) {
    const next = order(unlabelled, dispositions);
    unlabelled = unlabelled.filter((alert) => alert !== next);
    dispositions.set(next.id, dispositionFromTruth(next, truth));
    for (const scheme of schemesFoundBy(next, truth)) found.add(scheme);
    if (found.size >= target) reviews = dispositions.size;
  }
  const everFound = new Set(pool.flatMap((alert) => schemesFoundBy(alert, truth)));
  return { reviews, schemesFound: everFound.size, schemes: truth.schemes.length };
}

const byScore = (scoreOf: (alert: Alert) => number) => (a: Alert, b: Alert) =>
  scoreOf(b) - scoreOf(a) || a.id.localeCompare(b.id);

/** A fixed order by a score, highest first. */
export function scoreOrder(scoreOf: (alert: Alert) => number): ReviewOrder {
  return (unlabelled) => [...unlabelled].sort(byScore(scoreOf))[0]!;
}

/** A seeded pseudo-random order (mulberry32), so a run can be repeated. */
export function randomOrder(seed: number): ReviewOrder {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (unlabelled) => unlabelled[Math.floor(random() * unlabelled.length)]!;
}

export interface LearningOrderOptions extends RiskModelOptions {
  /** Retrain after this many new labels. */
  retrainEvery?: number;
  /** 'risk': the queue's default order (highest risk first); 'review-next': uncertainty sampling among the top. */
  pick?: 'risk' | 'review-next';
}

/**
 * The app's order: the risk model trained on the labels so far (the detectors' and sandbox's
 * scores in cold start), retrained every `retrainEvery` labels. The model's vocabulary is the
 * whole queue, as in the app.
 */
export function learningOrder(
  pool: readonly Alert[],
  options: LearningOrderOptions = {},
): ReviewOrder {
  const retrainEvery = options.retrainEvery ?? 1;
  let state = trainRiskModel(pool, new Map(), options);
  let trainedAt = 0;
  return (unlabelled, dispositions) => {
    if (dispositions.size - trainedAt >= retrainEvery || dispositions.size < trainedAt) {
      state = trainRiskModel(pool, dispositions, options);
      trainedAt = dispositions.size;
    }
    const estimates = unlabelled.map((alert) => estimateRisk(state, alert));
    const chosen =
      options.pick === 'review-next' ? reviewNext(estimates)! : rankByRisk(estimates)[0]!;
    return unlabelled.find((alert) => alert.id === chosen.alertId)!;
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
