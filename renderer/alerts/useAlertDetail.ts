import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { DictionaryRows } from '../../shared/dictionary/types';
import type { QueueRow } from '../../shared/triage/queueIndex';
import { getDatabase } from '../db/database';
import { rowsForAccount, rowsForInstrument } from '../db/chunks';
import type {
  AlertStateRecord,
  AnnotationRecord,
  DictionaryRecord,
  RaiseMarker,
  ReviewRequestRecord,
} from '../db/records';
import { parseAlertKey } from './alertKey';
import { loadAlert } from './queueData';

const DAY = 86_400_000;
/** Market context drawn around the alert window. */
const BARS_BEFORE_DAYS = 30;
const BARS_AFTER_DAYS = 10;

export interface AlertDetailData {
  key: string;
  dataset: string;
  generation: string;
  source: QueueRow['source'];
  alert: DictionaryRows['alerts'] & { raises?: RaiseMarker };
  rule: DictionaryRows['rules'] | null;
  accounts: DictionaryRecord<'accounts'>[];
  similarCases: DictionaryRows['violation_cases'][];
  events: DictionaryRows['events'][];
  insiders: DictionaryRows['insiders'][];
}

export interface AlertWorkflow {
  state: AlertStateRecord | null;
  annotation: AnnotationRecord | null;
  reviews: ReviewRequestRecord[];
}

/** The alert, its rule, accounts, related events and similar past cases; null when gone. */
export function useAlertDetail(key: string): AlertDetailData | null | undefined {
  return useLiveQuery(async () => {
    const parts = parseAlertKey(key);
    if (!parts) return null;
    const found = await loadAlert(parts.dataset, parts.alertId);
    if (!found) return null;
    const db = getDatabase();
    const { alert, generation, source } = found;
    const [rule, accountRows, cases, events] = await Promise.all([
      alert.rule ? db.rules.get([generation, alert.rule]) : undefined,
      db.accounts.bulkGet(alert.accounts.map((id): [string, string] => [generation, id])),
      db.violation_cases.where('typology').equals(alert.typology).toArray(),
      db.events.where('instrument').anyOf(alert.instruments).toArray(),
    ]);
    const accounts = accountRows.filter((row) => row !== undefined);
    const accountSet = new Set(alert.accounts);
    const regions = new Set(accounts.map((account) => account.region));
    // Similar: same typology, the alert's own accounts first, then the same regions.
    const similarCases = cases
      .filter((row) => row.dataset === generation)
      .map((row) => ({
        row,
        weight:
          (row.accounts ?? []).filter((id) => accountSet.has(id)).length * 10 +
          (regions.has(row.region) ? 1 : 0),
      }))
      .sort((a, b) => b.weight - a.weight || b.row.decided.localeCompare(a.row.decided))
      .slice(0, 5)
      .map(({ row }) => row);
    const ownEvents = events.filter((row) => row.dataset === generation);
    const insiders = await db.insiders
      .where('account')
      .anyOf(alert.accounts)
      .filter((row) => row.dataset === generation)
      .toArray();
    return {
      key,
      dataset: parts.dataset,
      generation,
      source,
      alert,
      rule: rule ?? null,
      accounts,
      similarCases,
      events: ownEvents,
      insiders,
    } satisfies AlertDetailData;
  }, [key]);
}

/** The alert's workflow records, live. */
export function useAlertWorkflow(key: string): AlertWorkflow | undefined {
  return useLiveQuery(async () => {
    const parts = parseAlertKey(key);
    if (!parts) return { state: null, annotation: null, reviews: [] };
    const db = getDatabase();
    const [state, annotation, reviews] = await Promise.all([
      db.alertStates.get([parts.dataset, parts.alertId]),
      db.annotations.get(key),
      db.reviewRequests.where('[dataset+alertId]').equals([parts.dataset, parts.alertId]).toArray(),
    ]);
    return {
      state: state ?? null,
      annotation: annotation ?? null,
      reviews: reviews.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    };
  }, [key]);
}

export interface MarketActivity {
  bars: Map<string, DictionaryRows['market_bars'][]>;
  trades: DictionaryRows['trades'][];
  orders: DictionaryRows['orders'][];
}

/** Bars of the alert's instruments around its window, and its accounts' orders and trades in it. */
export function useMarketActivity(detail: AlertDetailData | null | undefined): MarketActivity | undefined {
  const [loaded, setLoaded] = useState<{ key: string; activity: MarketActivity } | null>(null);
  useEffect(() => {
    if (!detail) return;
    let cancelled = false;
    const { alert, generation } = detail;
    const from = Date.parse(alert.window.from);
    const to = Date.parse(alert.window.to);
    const barRange = { from: from - BARS_BEFORE_DAYS * DAY, to: to + BARS_AFTER_DAYS * DAY };
    const instruments = new Set(alert.instruments);
    void (async () => {
      const bars = new Map<string, DictionaryRows['market_bars'][]>();
      for (const code of alert.instruments)
        bars.set(code, await rowsForInstrument(generation, 'market_bars', code, barRange));
      const trades: DictionaryRows['trades'][] = [];
      const orders: DictionaryRows['orders'][] = [];
      for (const account of alert.accounts) {
        const range = { from, to };
        for (const trade of await rowsForAccount(generation, 'trades', account, range))
          if (instruments.size === 0 || instruments.has(trade.instrument)) trades.push(trade);
        for (const order of await rowsForAccount(generation, 'orders', account, range))
          if (instruments.size === 0 || instruments.has(order.instrument)) orders.push(order);
      }
      trades.sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts));
      orders.sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts));
      if (!cancelled) setLoaded({ key: detail.key, activity: { bars, trades, orders } });
    })();
    return () => {
      cancelled = true;
    };
  }, [detail]);
  return loaded && detail && loaded.key === detail.key ? loaded.activity : undefined;
}
