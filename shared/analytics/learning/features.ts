/**
 * The alert features the risk model reads, as a stable vocabulary of named columns: the
 * typology (one-hot), the model that raised the alert (one-hot), its score, the local detectors'
 * evidence folded into a sandbox alert, and each named feature's contribution to that score (0
 * where the alert lacks it). Columns are scaled to a root-mean-square of 1 over the alerts the
 * vocabulary was built from, so weights compare; only the score is also centred.
 */
import type { Alert } from '../../dictionary/types';
import { TYPOLOGIES } from '../../dictionary/tables';
import { LOCAL_MODEL_NAME } from '../alerts';
import { LOCAL_FEATURE_PREFIX } from '../dedup';

export interface FeatureVocabulary {
  columns: string[];
  means: number[];
  scales: number[];
}

export const SCORE_COLUMN = 'score';
/** The local detectors' evidence: a local alert's features, or the `local:` features a local detection added to a sandbox alert, their contributions summed. */
export const LOCAL_EVIDENCE_COLUMN = 'local_evidence';
export const typologyColumn = (typology: string): string => `typology:${typology}`;
export const modelColumn = (model: string): string => `model:${model}`;
export const featureColumn = (name: string): string => `feature:${name}`;

/** The column names for a set of alerts, in a stable order (typologies of the spec first). */
export function vocabularyColumns(alerts: readonly Alert[]): string[] {
  const models = new Set<string>();
  const features = new Set<string>();
  for (const alert of alerts) {
    models.add(alert.model);
    if (alert.model === LOCAL_MODEL_NAME) continue;
    for (const feature of alert.features)
      if (!feature.name.startsWith(LOCAL_FEATURE_PREFIX)) features.add(feature.name);
  }
  return [
    ...TYPOLOGIES.map(typologyColumn),
    SCORE_COLUMN,
    LOCAL_EVIDENCE_COLUMN,
    ...[...models].sort().map(modelColumn),
    ...[...features].sort().map(featureColumn),
  ];
}

/** Each vocabulary's column positions, made once: the queue's whole ranking reads them per alert. */
const columnIndexes = new WeakMap<readonly string[], Map<string, number>>();

function columnIndex(columns: readonly string[]): Map<string, number> {
  let index = columnIndexes.get(columns);
  if (!index) {
    index = new Map(columns.map((column, i) => [column, i]));
    columnIndexes.set(columns, index);
  }
  return index;
}

/** The alert's raw values in the vocabulary's columns (names it lacks read 0; unknown names are dropped). */
export function rawVector(alert: Alert, columns: readonly string[]): number[] {
  const index = columnIndex(columns);
  const values = new Array<number>(columns.length).fill(0);
  const set = (column: string, value: number) => {
    const i = index.get(column);
    if (i !== undefined) values[i]! += value;
  };
  set(typologyColumn(alert.typology), 1);
  set(SCORE_COLUMN, alert.score);
  set(modelColumn(alert.model), 1);
  const local = alert.model === LOCAL_MODEL_NAME;
  for (const feature of alert.features) {
    set(featureColumn(feature.name), feature.contribution);
    if (local || feature.name.startsWith(LOCAL_FEATURE_PREFIX))
      set(LOCAL_EVIDENCE_COLUMN, feature.contribution);
  }
  return values;
}

export function buildVocabulary(alerts: readonly Alert[]): FeatureVocabulary {
  const columns = vocabularyColumns(alerts);
  const rows = alerts.map((alert) => rawVector(alert, columns));
  const n = rows.length || 1;
  // Only the score is centred: the other columns are mostly 0 (absent), and must stay 0 when
  // absent, or a feature no labelled alert has would still push every alert through its weight.
  const means = columns.map((column, j) =>
    column === SCORE_COLUMN ? rows.reduce((sum, row) => sum + row[j]!, 0) / n : 0,
  );
  const scales = columns.map((_, j) => {
    const spread = Math.sqrt(rows.reduce((sum, row) => sum + (row[j]! - means[j]!) ** 2, 0) / n);
    // A column that is 0 throughout carries no information; a scale of 1 keeps it at 0.
    return spread > 1e-6 ? spread : 1;
  });
  return { columns, means, scales };
}

export function standardisedVector(alert: Alert, vocabulary: FeatureVocabulary): number[] {
  return rawVector(alert, vocabulary.columns).map(
    (value, j) => (value - vocabulary.means[j]!) / vocabulary.scales[j]!,
  );
}
