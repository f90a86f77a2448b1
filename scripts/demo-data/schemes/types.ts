/**
 * A planted scheme: the accounts of one ring, what they trade and when, the links between them
 * (shared identifiers, fund flows, events) and whether the sandbox's own detection sees it.
 */
import type { JsonValue, Typology } from '../../../shared/dictionary/types';
import type { AccountPool } from '../accountPool';
import type { AccountProfile } from '../accounts';
import type { DayOrderBook } from '../dayOrderBook';
import type { EventRegistry } from '../eventRegistry';
import type { IdentifierRegistry, SharedIdentifier } from '../identifierRegistry';
import type { InstrumentPool } from '../instrumentPool';
import type { InstrumentProfile } from '../instruments';
import type { MarketEffects } from '../marketEffects';
import type { Random } from '../random';
import type { TagStatistics } from '../tagStatistics';
import type { PlannedTransfer, TransferSchedule } from '../transferSchedule';

/** Everything a scheme (or look-alike) may reserve, link or change while it is planned. */
export interface PlanningContext {
  random: Random;
  accounts: AccountPool;
  instruments: InstrumentPool;
  effects: MarketEffects;
  identifiers: IdentifierRegistry;
  transfers: TransferSchedule;
  events: EventRegistry;
}

export interface SchemeMember {
  account: AccountProfile;
  /** What the account is in the story: controller, nominee, insider's spouse… */
  role: string;
}

/** What an alert can measure once the period has been generated. */
export interface MeasuredActivity {
  statistics: TagStatistics;
  /** The close of an instrument on a trading day. */
  closeOn(instrument: InstrumentProfile, day: number): number;
}

/** A feature as the model reports it: name, value and its weight in the score's explanation. */
export type FeatureValue = readonly [name: string, value: JsonValue, weight: number];

export interface AlertDescription {
  features: FeatureValue[];
  /** Chinese, as the sandbox writes alert summaries. */
  summary: string;
}

/** How the sandbox's detection reports a scheme (one alert each). */
export interface Detection {
  typology: Typology;
  score: number;
  /** The accounts the alert names: often only part of the ring. */
  accounts: readonly AccountProfile[];
  instruments: readonly InstrumentProfile[];
  model: string;
  /** Whether the typology's rule fired too (the alert then names it). */
  ruleFired: boolean;
  /** Trading days after the window's last day that the alert is raised. */
  delayDays: number;
  /** The alert's window in trading days, when it is not the scheme's or look-alike's own. */
  windowDays?: readonly [first: number, last: number];
  describe(activity: MeasuredActivity): AlertDescription;
}

export interface PlantedScheme {
  id: string;
  typology: Typology;
  /** Short Chinese title, as an examiner would name the case. */
  title: string;
  /** What the data shows, in English, for the ground truth and the documentation. */
  signature: string;
  members: SchemeMember[];
  instruments: InstrumentProfile[];
  /** Trading-day indices of the scheme's first and last activity. */
  firstDay: number;
  lastDay: number;
  /** When the window starts earlier than trading (insider information arising), as a timestamp. */
  windowStart?: string;
  eventIds: string[];
  sharedIdentifiers: SharedIdentifier[];
  transfers: PlannedTransfer[];
  /** Empty: the sandbox misses this scheme. */
  detections: Detection[];
  /** Places the ring's orders of one trading day. */
  trade(book: DayOrderBook, day: number, random: Random): void;
}

export type SchemePlanner = (id: string, context: PlanningContext) => PlantedScheme;
