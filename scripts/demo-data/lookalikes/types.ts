/**
 * A benign look-alike: accounts that share identifiers, trade with many counterparties or place
 * large orders for ordinary reasons. The ground truth records them as benign; some of them draw
 * the sandbox's false alarms.
 */
import type { AccountProfile } from '../accounts';
import type { DayOrderBook, WrittenDay } from '../dayOrderBook';
import type { SharedIdentifier } from '../identifierRegistry';
import type { InstrumentProfile } from '../instruments';
import type { Random } from '../random';
import type { Detection, PlanningContext } from '../schemes/types';
import type { PlannedTransfer } from '../transferSchedule';

export interface LookAlike {
  id: string;
  /** e.g. `shared_nat_ip`, `family`, `market_maker`. */
  kind: string;
  /** Why it looks suspicious and why it is not, in English. */
  explanation: string;
  members: AccountProfile[];
  instruments: InstrumentProfile[];
  firstDay: number;
  lastDay: number;
  sharedIdentifiers: SharedIdentifier[];
  transfers: PlannedTransfer[];
  /** The sandbox's alerts on it: all false positives. */
  falseAlarms: Detection[];
  trade?(book: DayOrderBook, day: number, random: Random): void;
  /** Sees each written day (after all orders are numbered). */
  observe?(day: number, written: WrittenDay): void;
}

export type LookAlikePlanner = (id: string, context: PlanningContext) => LookAlike[];
