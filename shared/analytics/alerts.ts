/**
 * Local alerts in the dictionary's `alerts` form. A score is a base rate plus the signals'
 * contributions: each signal has a weight and a strength (0…1, how far past its threshold the
 * measurement is), and contributes its share of what lies above the base, so the features add
 * up to the score and explain it.
 */
import type { Alert, JsonValue, Typology } from '../dictionary/types';
import { marketTimestamp } from './time';

export const LOCAL_MODEL_NAME = 'workstation-local/1';
export const BASE_SCORE = 0.05;

export interface Signal {
  name: string;
  value: JsonValue;
  /** 0…1. */
  strength: number;
  weight: number;
}

export interface AlertDraft {
  typology: Typology;
  accounts: string[];
  instruments: string[];
  fromMs: number;
  toMs: number;
  signals: Signal[];
  summary: string;
  rule: string | null;
}

export const clamp01 = (value: number): number => Math.max(0, Math.min(1, value));

/** How far `value` is past `threshold` towards `full` (0 at the threshold, 1 at `full`), floored at `floor`. */
export function strengthPast(value: number, threshold: number, full: number, floor = 0.5): number {
  if (full === threshold) return value >= threshold ? 1 : 0;
  return clamp01(floor + (1 - floor) * ((value - threshold) / (full - threshold)));
}

function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export const round = (value: number, digits = 3): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

export function buildAlert(draft: AlertDraft, createdMs: number): Alert {
  const totalWeight = draft.signals.reduce((sum, signal) => sum + signal.weight, 0) || 1;
  const features = draft.signals.map((signal) => ({
    name: signal.name,
    value: signal.value,
    contribution: round(
      ((1 - BASE_SCORE) * signal.weight * clamp01(signal.strength)) / totalWeight,
      4,
    ),
  }));
  const score = round(
    BASE_SCORE + features.reduce((sum, feature) => sum + feature.contribution, 0),
    4,
  );
  const accounts = [...new Set(draft.accounts)].sort();
  const instruments = [...new Set(draft.instruments)].sort();
  const window = { from: marketTimestamp(draft.fromMs), to: marketTimestamp(draft.toMs) };
  const id = `LOCAL-${draft.typology}-${hashText(
    `${accounts.join(',')}|${instruments.join(',')}|${window.from}|${window.to}`,
  )}`;
  return {
    id,
    typology: draft.typology,
    score: Math.min(1, score),
    created: marketTimestamp(createdMs),
    accounts,
    instruments,
    window,
    model: LOCAL_MODEL_NAME,
    rule: draft.rule,
    features,
    summary: draft.summary,
  };
}
