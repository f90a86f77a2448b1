/**
 * The answer key, written outside the dataset: every planted scheme with its accounts, window,
 * links and the alerts that caught it; every benign look-alike with the false alarms it drew;
 * the false alarms on ordinary accounts.
 */
import type { TimeWindow, Typology } from '../../shared/dictionary/types';
import type { BackgroundAlarm } from './backgroundAlarms';
import { SESSION_MS, sessionTimestamp } from './clock';
import type { SharedIdentifier } from './identifierRegistry';
import type { LookAlike } from './lookalikes/types';
import { dateOf } from './schemes/ring';
import type { PlantedScheme } from './schemes/types';
import type { PlannedTransfer } from './transferSchedule';

export const GROUND_TRUTH_FORMAT = 'examiner-demo-ground-truth/1';

export interface GroundTruthLinks {
  shared_identifiers: Array<{ kind: string; value_hash: string; accounts: string[] }>;
  /** Transfer ids. */
  transfers: string[];
}

export interface GroundTruthScheme extends GroundTruthLinks {
  id: string;
  typology: Typology;
  title: string;
  signature: string;
  accounts: Array<{ id: string; role: string }>;
  instruments: string[];
  window: TimeWindow;
  events: string[];
  detected: boolean;
  /** The sandbox alerts that caught it (true positives). */
  alerts: string[];
}

export interface GroundTruthBenign extends GroundTruthLinks {
  id: string;
  kind: string;
  explanation: string;
  accounts: string[];
  instruments: string[];
  /** The sandbox alerts it drew (false positives). */
  false_alarms: string[];
}

export interface GroundTruth {
  format: typeof GROUND_TRUTH_FORMAT;
  seed: string;
  scale: number;
  jurisdiction: string;
  period: { from: string; to: string };
  tables: Record<string, number>;
  schemes: GroundTruthScheme[];
  benign: GroundTruthBenign[];
  background_false_alarms: Array<{
    id: string;
    alert: string;
    typology: Typology;
    account: string;
    reason: string;
  }>;
  alerts: { true_positive: string[]; false_positive: string[] };
}

function linksOf(
  shared: readonly SharedIdentifier[],
  transfers: readonly PlannedTransfer[],
): GroundTruthLinks {
  return {
    shared_identifiers: shared.map((link) => ({
      kind: link.kind,
      value_hash: link.valueHash,
      accounts: link.accounts,
    })),
    transfers: transfers.map((transfer) => transfer.id ?? '').filter((id) => id !== ''),
  };
}

export function schemeTruth(scheme: PlantedScheme, alerts: readonly string[]): GroundTruthScheme {
  return {
    id: scheme.id,
    typology: scheme.typology,
    title: scheme.title,
    signature: scheme.signature,
    accounts: scheme.members.map((member) => ({ id: member.account.row.id, role: member.role })),
    instruments: scheme.instruments.map((instrument) => instrument.row.code),
    window: {
      from: scheme.windowStart ?? sessionTimestamp(dateOf(scheme.firstDay), 0),
      to: sessionTimestamp(dateOf(scheme.lastDay), SESSION_MS),
    },
    events: scheme.eventIds,
    detected: alerts.length > 0,
    alerts: [...alerts],
    ...linksOf(scheme.sharedIdentifiers, scheme.transfers),
  };
}

export function benignTruth(lookAlike: LookAlike, alerts: readonly string[]): GroundTruthBenign {
  return {
    id: lookAlike.id,
    kind: lookAlike.kind,
    explanation: lookAlike.explanation,
    accounts: lookAlike.members.map((account) => account.row.id),
    instruments: lookAlike.instruments.map((instrument) => instrument.row.code),
    false_alarms: [...alerts],
    ...linksOf(lookAlike.sharedIdentifiers, lookAlike.transfers),
  };
}

export function backgroundAlarmTruth(
  alarm: BackgroundAlarm,
  alert: string,
): GroundTruth['background_false_alarms'][number] {
  return {
    id: alarm.id,
    alert,
    typology: alarm.detection.typology,
    account: alarm.account.row.id,
    reason: 'ordinary trading that crossed a threshold once; no links, no pattern',
  };
}
