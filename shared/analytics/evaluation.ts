/**
 * Scores alerts against a demo's answer key (`examiner-demo-ground-truth/1`): which planted
 * schemes an alert of their own typology found, which were found under another typology, how
 * many alerts name no scheme, and which name a benign look-alike.
 */
import type { Alert, Typology } from '../dictionary/types';

export interface GroundTruthScheme {
  id: string;
  typology: Typology;
  accounts: Array<{ id: string }>;
  instruments: string[];
}

export interface GroundTruthBenign {
  id: string;
  kind: string;
  accounts: Array<string | { id: string }>;
}

export interface GroundTruth {
  schemes: GroundTruthScheme[];
  benign: GroundTruthBenign[];
}

export interface TypologyScore {
  typology: Typology;
  schemes: number;
  /** Found by an alert of the scheme's own typology. */
  found: number;
  recall: number;
}

export interface Evaluation {
  alerts: number;
  /** Alerts that name accounts of a planted scheme. */
  alertsOnSchemes: number;
  precision: number;
  perTypology: TypologyScore[];
  /** Scheme ids found by an alert of their own typology. */
  found: string[];
  /** Scheme ids found only under another typology (the ring seen, not what it did). */
  foundOtherwise: string[];
  missed: string[];
  /** Alerts naming accounts of a benign look-alike: `alert id → look-alike id`. */
  onLookAlikes: Array<{ alert: string; lookAlike: string; score: number }>;
}

function namesScheme(alert: Alert, scheme: GroundTruthScheme): boolean {
  return scheme.accounts.some((account) => alert.accounts.includes(account.id));
}

export function evaluateAlerts(alerts: readonly Alert[], truth: GroundTruth): Evaluation {
  const found: string[] = [];
  const foundOtherwise: string[] = [];
  const missed: string[] = [];
  const byTypology = new Map<Typology, TypologyScore>();
  for (const scheme of truth.schemes) {
    const score = byTypology.get(scheme.typology) ?? {
      typology: scheme.typology,
      schemes: 0,
      found: 0,
      recall: 0,
    };
    byTypology.set(scheme.typology, score);
    score.schemes++;
    const naming = alerts.filter((alert) => namesScheme(alert, scheme));
    if (naming.some((alert) => alert.typology === scheme.typology)) {
      score.found++;
      found.push(scheme.id);
    } else if (naming.length) foundOtherwise.push(scheme.id);
    else missed.push(scheme.id);
  }
  for (const score of byTypology.values()) score.recall = score.found / score.schemes;
  const alertsOnSchemes = alerts.filter((alert) =>
    truth.schemes.some((scheme) => namesScheme(alert, scheme)),
  ).length;
  const benignOf = new Map<string, string>();
  for (const group of truth.benign)
    for (const account of group.accounts)
      benignOf.set(typeof account === 'string' ? account : account.id, group.id);
  const onLookAlikes = alerts.flatMap((alert) => {
    const lookAlike = alert.accounts.map((account) => benignOf.get(account)).find(Boolean);
    return lookAlike ? [{ alert: alert.id, lookAlike, score: alert.score }] : [];
  });
  return {
    alerts: alerts.length,
    alertsOnSchemes,
    precision: alerts.length ? alertsOnSchemes / alerts.length : 1,
    perTypology: [...byTypology.values()],
    found,
    foundOtherwise,
    missed,
    onLookAlikes,
  };
}
