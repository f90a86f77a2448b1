/**
 * The sandbox's own alerts: true detections of planted schemes, false alarms on look-alikes and
 * on ordinary accounts. Features quote what was measured in the generated data; contributions
 * split the score above the model's base rate in proportion to each feature's weight.
 */
import type { Alert, AlertFeature } from '../../shared/dictionary/types';
import { PERIOD } from './calendar';
import { SESSION_MS, sessionTimestamp, timestampAt } from './clock';
import { round } from './format';
import type { Random } from './random';
import { ruleIdOf } from './rules';
import { dateOf } from './schemes/ring';
import { LAST_DAY } from './schemes/schedule';
import type { Detection, MeasuredActivity } from './schemes/types';
import type { StatisticsCollector } from './tagStatistics';

const BASE_RATE = 0.08;

/** An alert to be written: the detection, whose activity it measures, and its trading-day window. */
export interface AlertDraft {
  /** Scheme, look-alike or background-alarm id that the alert is about. */
  owner: string;
  /** Tag of the orders whose statistics the features quote. */
  tag: string;
  detection: Detection;
  firstDay: number;
  lastDay: number;
  /** A window start earlier than trading (insider information arising). */
  windowStart?: string;
}

function createdAt(lastDay: number, delayDays: number, random: Random): string {
  const day = lastDay + delayDays;
  const [hours, minutes] = [random.int(6, 8), random.int(0, 59)];
  // Alerts are raised overnight; after the period's last day they fall on 1 October.
  return day <= LAST_DAY
    ? timestampAt(dateOf(day), hours, minutes)
    : timestampAt('2026-10-01', hours, minutes);
}

function featuresOf(
  detection: Detection,
  activity: MeasuredActivity,
): { features: AlertFeature[]; summary: string } {
  const description = detection.describe(activity);
  const totalWeight = description.features.reduce((sum, [, , weight]) => sum + weight, 0);
  const explained = detection.score - BASE_RATE;
  return {
    summary: description.summary,
    features: description.features.map(([name, value, weight]) => ({
      name,
      value,
      contribution: round((explained * weight) / totalWeight, 3),
    })),
  };
}

export interface WrittenAlerts {
  rows: Alert[];
  /** Alert ids by owner (scheme, look-alike or background alarm). */
  idsByOwner: Map<string, string[]>;
}

export function alertRows(
  drafts: readonly AlertDraft[],
  statistics: StatisticsCollector,
  closeOn: MeasuredActivity['closeOn'],
  random: Random,
): WrittenAlerts {
  const unnumbered = drafts.map((draft) => {
    const { detection } = draft;
    const { features, summary } = featuresOf(detection, {
      statistics: statistics.of(draft.tag),
      closeOn,
    });
    const row: Alert = {
      id: '',
      typology: detection.typology,
      score: detection.score,
      created: createdAt(draft.lastDay, detection.delayDays, random),
      accounts: detection.accounts.map((account) => account.row.id),
      instruments: detection.instruments.map((instrument) => instrument.row.code),
      window: {
        from: draft.windowStart ?? sessionTimestamp(dateOf(Math.max(0, draft.firstDay)), 0),
        to: sessionTimestamp(dateOf(Math.min(LAST_DAY, draft.lastDay)), SESSION_MS),
      },
      model: detection.model,
      ...(detection.ruleFired ? { rule: ruleIdOf(detection.typology) } : {}),
      features,
      summary,
    };
    return { owner: draft.owner, row };
  });
  unnumbered.sort((a, b) =>
    a.row.created < b.row.created
      ? -1
      : a.row.created > b.row.created
        ? 1
        : a.owner < b.owner
          ? -1
          : 1,
  );
  const idsByOwner = new Map<string, string[]>();
  const rows = unnumbered.map(({ owner, row }, i) => {
    const id = `AL${PERIOD.from.slice(2, 4)}Q3-${String(i + 1).padStart(4, '0')}`;
    idsByOwner.set(owner, [...(idsByOwner.get(owner) ?? []), id]);
    return { ...row, id };
  });
  return { rows, idsByOwner };
}
