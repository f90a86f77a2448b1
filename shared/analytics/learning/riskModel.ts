/**
 * The local risk model: a logistic regression (mljs `ml-logistic-regression`) over the alert
 * features of `features.ts`, trained on the analysts' dispositions (true positive → 1, false
 * positive → 0; inconclusive and duplicates teach nothing). Until it has enough labels of both
 * kinds it falls back to the detectors' and the sandbox's own scores, and says so. Its state is
 * plain JSON so the app can keep it; every estimate carries each column's share of the logit.
 */
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import type { Alert } from '../../dictionary/types';
import { buildVocabulary, rawVector, standardisedVector, type FeatureVocabulary } from './features';

export const RISK_MODEL_FORMAT = 'workstation-risk-model/1';

export type ColdStartReason = 'too_few_labels' | 'one_class' | 'too_few_of_a_class';

export interface RiskModelState {
  format: typeof RISK_MODEL_FORMAT;
  status: 'trained' | 'cold_start';
  /** Why the model falls back to the alerts' own scores; null once trained. */
  coldStartReason: ColdStartReason | null;
  labels: { positive: number; negative: number };
  vocabulary: FeatureVocabulary;
  intercept: number;
  /** One weight per vocabulary column, on standardised values. */
  weights: number[];
}

export interface RiskModelOptions {
  /** Fewer labels than this (true and false positives together) keep the cold start. */
  minLabels?: number;
  /** Fewer labels than this of either kind keep the cold start too (1: one of each suffices). */
  minPerClass?: number;
  /** Gradient steps (1000); a bounded number of steps also keeps the weights small on separable labels. */
  numSteps?: number;
  /** Step size per mean gradient (0.5; mljs steps on the summed gradient, so this is divided by n). */
  stepSize?: number;
}

export const DEFAULT_MIN_LABELS = 6;

/** The label a disposition teaches: 1, 0, or null for dispositions that say nothing of risk. */
export function labelOfDisposition(disposition: string | null | undefined): 0 | 1 | null {
  if (disposition === 'true_positive') return 1;
  if (disposition === 'false_positive') return 0;
  return null;
}

/**
 * Trains on the labelled alerts among `alerts` (the whole queue, which also fixes the
 * vocabulary and its standardisation). `dispositions` maps alert id → disposition.
 */
export function trainRiskModel(
  alerts: readonly Alert[],
  dispositions: ReadonlyMap<string, string>,
  options: RiskModelOptions = {},
): RiskModelState {
  const minLabels = options.minLabels ?? DEFAULT_MIN_LABELS;
  const minPerClass = Math.max(1, options.minPerClass ?? 1);
  const vocabulary = buildVocabulary(alerts);
  const labelled: Array<{ alert: Alert; label: 0 | 1 }> = [];
  for (const alert of alerts) {
    const label = labelOfDisposition(dispositions.get(alert.id));
    if (label !== null) labelled.push({ alert, label });
  }
  const positive = labelled.filter((entry) => entry.label === 1).length;
  const labels = { positive, negative: labelled.length - positive };
  const coldStartReason: ColdStartReason | null =
    labelled.length < minLabels
      ? 'too_few_labels'
      : positive === 0 || labels.negative === 0
        ? 'one_class'
        : positive < minPerClass || labels.negative < minPerClass
          ? 'too_few_of_a_class'
          : null;
  const state: RiskModelState = {
    format: RISK_MODEL_FORMAT,
    status: coldStartReason ? 'cold_start' : 'trained',
    coldStartReason,
    labels,
    vocabulary,
    intercept: 0,
    weights: vocabulary.columns.map(() => 0),
  };
  if (coldStartReason) return state;
  // A leading column of ones carries the intercept (mljs fits no bias of its own).
  const design = new Matrix(
    labelled.map(({ alert }) => [1, ...standardisedVector(alert, vocabulary)]),
  );
  const target = Matrix.columnVector(labelled.map((entry) => entry.label));
  const regression = new LogisticRegression({
    numSteps: options.numSteps ?? 1000,
    learningRate: (options.stepSize ?? 0.5) / labelled.length,
  });
  regression.train(design, target);
  // Classifier 0 learns "not class 0", i.e. the probability of a true positive.
  const weights = regression.classifiers[0]!.weights.to1DArray();
  state.intercept = weights[0]!;
  state.weights = weights.slice(1);
  return state;
}

export interface Contribution {
  /** A vocabulary column (`typology:…`, `score`, `model:…`, `feature:…`) or, in cold start, the alert's own feature name. */
  name: string;
  /** The alert's raw value in that column. */
  value: number;
  /** Its share of the logit (trained) or of the alert's score (cold start). */
  contribution: number;
}

export interface RiskEstimate {
  alertId: string;
  /** 0…1: the model's probability of a true positive, or the alert's own score in cold start. */
  risk: number;
  source: 'model' | 'score';
  /** Largest first by absolute size. */
  contributions: Contribution[];
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const bySize = (a: Contribution, b: Contribution) =>
  Math.abs(b.contribution) - Math.abs(a.contribution) || a.name.localeCompare(b.name);

export function estimateRisk(state: RiskModelState, alert: Alert): RiskEstimate {
  if (state.status === 'cold_start')
    return {
      alertId: alert.id,
      risk: alert.score,
      source: 'score',
      contributions: alert.features
        .map((feature) => ({
          name: feature.name,
          value: typeof feature.value === 'number' ? feature.value : 0,
          contribution: feature.contribution,
        }))
        .sort(bySize),
    };
  const raw = rawVector(alert, state.vocabulary.columns);
  const standardised = standardisedVector(alert, state.vocabulary);
  const contributions = state.vocabulary.columns.map((name, j) => ({
    name,
    value: raw[j]!,
    contribution: state.weights[j]! * standardised[j]!,
  }));
  const logit = contributions.reduce((sum, entry) => sum + entry.contribution, state.intercept);
  return {
    alertId: alert.id,
    risk: sigmoid(logit),
    source: 'model',
    contributions: contributions.filter((entry) => entry.contribution !== 0).sort(bySize),
  };
}

/** The risk alone, as `estimateRisk` gives it, without the explanation: for ranking a whole queue. */
export function riskOf(state: RiskModelState, alert: Alert): number {
  if (state.status === 'cold_start') return alert.score;
  const standardised = standardisedVector(alert, state.vocabulary);
  let logit = state.intercept;
  for (let j = 0; j < standardised.length; j += 1) logit += state.weights[j]! * standardised[j]!;
  return sigmoid(logit);
}

/** The queue's default order: highest risk first, ties by id so the order is stable. */
export function rankByRisk(estimates: readonly RiskEstimate[]): RiskEstimate[] {
  return [...estimates].sort((a, b) => b.risk - a.risk || a.alertId.localeCompare(b.alertId));
}

/** How many of the highest-risk unlabelled alerts "review next" chooses among. */
export const REVIEW_NEXT_POOL = 10;

/**
 * "Review next": among the `pool` highest-risk unlabelled alerts, the one whose label would
 * teach the model most — its probability closest to 0.5 (uncertainty sampling); ties go to the
 * higher risk. In cold start there is no uncertainty to read, so it is the highest score.
 */
export function reviewNext(
  unlabelled: readonly RiskEstimate[],
  pool = REVIEW_NEXT_POOL,
): RiskEstimate | null {
  const ranked = rankByRisk(unlabelled);
  if (ranked.length === 0) return null;
  if (ranked[0]!.source === 'score') return ranked[0]!;
  let best = ranked[0]!;
  for (const estimate of ranked.slice(0, pool))
    if (Math.abs(estimate.risk - 0.5) < Math.abs(best.risk - 0.5)) best = estimate;
  return best;
}
