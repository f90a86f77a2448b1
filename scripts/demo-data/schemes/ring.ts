/**
 * The ties that make a group of accounts a ring: identifiers they share and money that reaches
 * them from one source. Shared by every scheme planner and the family look-alike.
 */
import type { IdentifierKind, TransferChannel } from '../../../shared/dictionary/types';
import type { AccountProfile } from '../accounts';
import { TRADING_DAYS, addDays, weekdayOnOrBefore } from '../calendar';
import { timestampAt } from '../clock';
import type { SharedIdentifier } from '../identifierRegistry';
import { syntheticValue } from '../syntheticValues';
import type { PlannedTransfer } from '../transferSchedule';
import type { PlanningContext } from './types';

/** The date of trading day `day`; days before the period count back in weekdays, days after stop at its end. */
export function dateOf(day: number): string {
  if (day < 0) return weekdayOnOrBefore(addDays(TRADING_DAYS[0]!, Math.round((day * 7) / 5)));
  return TRADING_DAYS[Math.min(TRADING_DAYS.length - 1, day)]!;
}

/**
 * Members all use one newly made identifier of `kind`, seen from `fromDay` to `toDay` (days
 * before the period count as its first day unless `firstSeen` says otherwise).
 */
export function shareIdentifier(
  context: PlanningContext,
  kind: IdentifierKind,
  members: readonly AccountProfile[],
  fromDay: number,
  toDay: number,
  options: { replaceOwn?: boolean; value?: string; firstSeen?: string } = {},
): SharedIdentifier {
  const value = options.value ?? syntheticValue(kind, context.random);
  const firstSeen =
    options.firstSeen ??
    timestampAt(dateOf(fromDay), context.random.int(8, 10), context.random.int(0, 59));
  const lastSeen = timestampAt(
    dateOf(toDay),
    context.random.int(13, 15),
    context.random.int(0, 59),
  );
  return context.identifiers.share(kind, value, members, firstSeen, lastSeen, options);
}

/** A transfer at a random time of bank hours (09:00–16:00) on `day`. */
export function planTransfer(
  context: PlanningContext,
  day: number,
  from: string,
  to: string,
  amount: number,
  channel: TransferChannel,
): PlannedTransfer {
  const dayMs = (9 * 3600 + context.random.int(0, 7 * 3600 - 1)) * 1000;
  const inPeriod = Math.max(0, Math.min(TRADING_DAYS.length - 1, day));
  return context.transfers.plan({ day: inPeriod, dayMs, from, to, amount, channel });
}

/**
 * Money from one source to every member on the days before `day`: the common funding that
 * betrays a ring even when its members trade from different devices.
 */
export function fundMembers(
  context: PlanningContext,
  source: string,
  members: readonly AccountProfile[],
  day: number,
  amountEach: number,
  channel: TransferChannel = 'bank',
): PlannedTransfer[] {
  return members.map((member) =>
    planTransfer(
      context,
      Math.max(0, day - context.random.int(0, 2)),
      source,
      member.row.id,
      Math.round((amountEach * context.random.between(0.8, 1.25)) / 1000) * 1000,
      channel,
    ),
  );
}

/** Members send their proceeds back to one destination after `day`. */
export function collectFromMembers(
  context: PlanningContext,
  members: readonly AccountProfile[],
  destination: string,
  day: number,
  amountEach: number,
  channel: TransferChannel = 'bank',
): PlannedTransfer[] {
  return members.map((member) =>
    planTransfer(
      context,
      Math.min(TRADING_DAYS.length - 1, day + context.random.int(0, 2)),
      member.row.id,
      destination,
      Math.round((amountEach * context.random.between(0.8, 1.25)) / 1000) * 1000,
      channel,
    ),
  );
}

/** An external party's token, e.g. `EXT:CARD-…` of a controller's personal card. */
export function externalParty(context: PlanningContext, label: 'CARD' | 'PAY' | 'CORP'): string {
  const hex = Array.from({ length: 16 }, () => '0123456789abcdef'[context.random.int(0, 15)]).join(
    '',
  );
  return `EXT:${label}-${hex}`;
}
