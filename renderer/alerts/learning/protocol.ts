/** Messages between the Alerts page and the ranking worker: one ranking per request. */
import type { ColdStartReason, RiskModelState } from '../../../shared/analytics/learning/riskModel';

export interface RankingRequest {
  id: number;
}

/** The queue's risk order: each alert's risk by key, and how the model stands. */
export interface RankingResult {
  keys: string[];
  /** The model's probability of a true positive, or the alert's score in cold start. */
  risks: Float32Array;
  status: RiskModelState['status'];
  coldStartReason: ColdStartReason | null;
  labels: { positive: number; negative: number };
  /** Confirmed labels of each kind the model waits for. */
  minPerClass: number;
  trainedAt: string;
  /** True when the stored model was reused, not trained again. */
  restored: boolean;
}

export type RankingResponse =
  | { kind: 'ranked'; id: number; result: RankingResult }
  | { kind: 'failed'; id: number; message: string };
