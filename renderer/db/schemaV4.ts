/**
 * Schema version 4: the local risk model, kept per workstation.
 *
 * - `riskModels`: key `id` (one record, `local`, for the workstation's model), the trained
 *   `RiskModelState` of shared/analytics/learning with the fingerprint of the queue and the
 *   confirmed labels it was trained on, so a reload reuses it instead of retraining, and a new
 *   label or dataset version is seen to need a new one. Nothing to rewrite: the store is new.
 */
import type { StoreDefinitions } from './schema';

export const SCHEMA_V4_CHANGES: StoreDefinitions = {
  riskModels: 'id, trainedAt',
};
