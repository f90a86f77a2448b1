/**
 * The identifiers table, one account at a time: each account's own device(s), IP addresses,
 * phone, settlement card, and for some an address, e-mail or MAC, plus whatever the schemes
 * and look-alikes made it share.
 */
import type { AccountIdentifier, IdentifierKind, IsoDate } from '../../shared/dictionary/types';
import type { AccountProfile } from './accounts';
import { firstTradingDayOf } from './accounts';
import { PERIOD, TRADING_DAYS, randomDateBetween } from './calendar';
import { timestampAt } from './clock';
import { CITIES } from './guangdongCities';
import type { IdentifierRegistry } from './identifierRegistry';
import { valueHash } from './identifierRegistry';
import type { Random } from './random';
import { syntheticValue } from './syntheticValues';

const HISTORY_FROM = '2023-01-01';
const BEFORE_PERIOD = '2026-06-30';

function seenWindow(account: AccountProfile, random: Random): { from: IsoDate; to: IsoDate } {
  const opened = account.row.opened;
  const from = randomDateBetween(
    opened > HISTORY_FROM ? opened : HISTORY_FROM,
    opened > BEFORE_PERIOD ? opened : BEFORE_PERIOD,
    random,
  );
  if (account.row.status !== 'active') {
    return {
      from,
      to: randomDateBetween(from, from > BEFORE_PERIOD ? from : BEFORE_PERIOD, random),
    };
  }
  const firstTradingDay = firstTradingDayOf(from);
  return {
    from,
    to:
      firstTradingDay < TRADING_DAYS.length
        ? TRADING_DAYS[random.int(firstTradingDay, TRADING_DAYS.length - 1)]!
        : PERIOD.to,
  };
}

export function identifierRowsOf(
  account: AccountProfile,
  registry: IdentifierRegistry,
  random: Random,
): AccountIdentifier[] {
  const rows: AccountIdentifier[] = [];
  const cityName = CITIES.find((city) => city.code === account.row.region)?.name;
  const add = (kind: IdentifierKind, value: string): void => {
    const seen = seenWindow(account, random);
    rows.push({
      account: account.row.id,
      kind,
      value_hash: valueHash(kind, value),
      // Morning and evening, so that a first and last sighting on the same day stay in order.
      first_seen: timestampAt(seen.from, random.int(7, 12), random.int(0, 59), random.int(0, 59)),
      last_seen: timestampAt(seen.to, random.int(13, 22), random.int(0, 59), random.int(0, 59)),
    });
  };
  const own = (kind: IdentifierKind, count: number): void => {
    if (registry.replacesOwn(account, kind)) return;
    for (let i = 0; i < count; i++) add(kind, syntheticValue(kind, random, cityName));
  };
  const kind = account.row.kind;
  own('device', random.chance(0.25) ? 2 : 1);
  own('ip', random.chance(0.4) ? 2 : 1);
  if (account.phone !== null) add('phone', account.phone);
  add('bank_card', account.bankCard);
  if (kind === 'institution' || (kind === 'individual' && random.chance(0.75))) own('address', 1);
  if (random.chance(0.3)) own('email', 1);
  if (random.chance(0.3)) own('mac', 1);
  for (const extra of registry.extrasOf(account)) {
    rows.push({
      account: account.row.id,
      kind: extra.kind,
      value_hash: valueHash(extra.kind, extra.value),
      first_seen: extra.firstSeen,
      last_seen: extra.lastSeen,
    });
  }
  return rows;
}
