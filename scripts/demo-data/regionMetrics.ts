/**
 * Daily figures per city, from the written trades and the accounts table: `turnover` (CNY
 * traded by the city's accounts), `trade_count`, `active_accounts` (accounts that traded) and
 * `new_accounts` (opened that day).
 */
import type { RegionCode, RegionMetric } from '../../shared/dictionary/types';
import type { AccountProfile } from './accounts';
import type { WrittenDay } from './dayOrderBook';
import { CITIES } from './guangdongCities';

export const REGION_METRIC_NAMES = [
  'turnover',
  'trade_count',
  'active_accounts',
  'new_accounts',
] as const;

export class RegionMetricsCollector {
  private readonly openedOn = new Map<string, Map<RegionCode, number>>();

  constructor(accounts: readonly AccountProfile[]) {
    for (const account of accounts) {
      const byCity = this.openedOn.get(account.row.opened) ?? new Map<RegionCode, number>();
      byCity.set(account.row.region, (byCity.get(account.row.region) ?? 0) + 1);
      this.openedOn.set(account.row.opened, byCity);
    }
  }

  rowsFor(date: string, written: WrittenDay): RegionMetric[] {
    const turnover = new Map<RegionCode, number>();
    const trades = new Map<RegionCode, number>();
    const active = new Map<RegionCode, Set<string>>();
    for (const { trade, pending } of written.trades) {
      const city = pending.account.row.region;
      turnover.set(city, (turnover.get(city) ?? 0) + trade.price * trade.qty);
      trades.set(city, (trades.get(city) ?? 0) + 1);
      const accounts = active.get(city) ?? new Set<string>();
      accounts.add(trade.account);
      active.set(city, accounts);
    }
    const opened = this.openedOn.get(date);
    return CITIES.flatMap((city) => {
      const values: Record<(typeof REGION_METRIC_NAMES)[number], number> = {
        turnover: Math.round((turnover.get(city.code) ?? 0) * 100) / 100,
        trade_count: trades.get(city.code) ?? 0,
        active_accounts: active.get(city.code)?.size ?? 0,
        new_accounts: opened?.get(city.code) ?? 0,
      };
      return REGION_METRIC_NAMES.map((metric) => ({
        region: city.code,
        date,
        metric,
        value: values[metric],
      }));
    });
  }
}
