/** The computations behind a case report's figures, each returning the rows it used. */
import type { MarketBar, Trade, Typology } from '../dictionary/types';
import { isoTimestampMs } from '../importer/epochMs';
import type { CaseEvidence, EvidenceAlert, ReportSeverity } from './evidence';

export interface TradeSelection {
  accounts: string[];
  instruments: string[];
  from: string;
  to: string;
}

/** A trade with its instant and market day worked out once. */
export interface IndexedTrade {
  trade: Trade;
  ms: number;
  day: string;
}

/** The first index of `list` (in time order) at or after `from`. */
function firstAtOrAfter(list: readonly IndexedTrade[], from: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.ms < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The case's trades in time order, overall and by instrument, so a selection reads only the
 * trades of its window: one instrument's list for one instrument, the whole list (already in
 * time order, so nothing to merge) for several.
 */
export class TradeIndex {
  private readonly byInstrument = new Map<string, IndexedTrade[]>();
  private readonly all: IndexedTrade[] = [];

  constructor(trades: readonly Trade[]) {
    for (const trade of trades) {
      const ms = epochOf(trade.ts);
      // Market timestamps carry +08:00, so their date is the market day.
      const day = trade.ts.endsWith('+08:00') ? trade.ts.slice(0, 10) : marketDate(trade.ts);
      const entry = { trade, ms, day };
      this.all.push(entry);
      const list = this.byInstrument.get(trade.instrument);
      if (list) list.push(entry);
      else this.byInstrument.set(trade.instrument, [entry]);
    }
    for (const list of [this.all, ...this.byInstrument.values()]) {
      let sorted = true;
      for (let i = 1; i < list.length && sorted; i++) sorted = list[i - 1]!.ms <= list[i]!.ms;
      // Stable: trades at one instant keep their order.
      if (!sorted) list.sort((a, b) => a.ms - b.ms);
    }
  }

  ofInstrument(code: string): readonly IndexedTrade[] {
    return this.byInstrument.get(code) ?? [];
  }

  select(selection: TradeSelection): Trade[] {
    const accounts = new Set(selection.accounts);
    const from = epochOf(selection.from);
    const to = epochOf(selection.to);
    const codes = new Set(selection.instruments);
    const one = codes.size === 1 ? this.ofInstrument([...codes][0]!) : null;
    const list = one ?? this.all;
    const found: Trade[] = [];
    for (let i = firstAtOrAfter(list, from); i < list.length; i++) {
      const entry = list[i]!;
      if (entry.ms > to) break;
      if (!(entry.ms >= from)) continue;
      if (accounts.has(entry.trade.account) && (one !== null || codes.has(entry.trade.instrument)))
        found.push(entry.trade);
    }
    return found;
  }
}

export interface TradeTotals {
  trades: Trade[];
  count: number;
  volume: number;
  amount: number;
  buyAmount: number;
  sellAmount: number;
}

/** Epoch ms of a dictionary timestamp: by character codes, Date.parse only for odd forms. */
export function epochOf(ts: string): number {
  const ms = isoTimestampMs(ts);
  return Number.isNaN(ms) ? Date.parse(ts) : ms;
}

/** Money in fen, summed as integers, so totals do not drift with the order of addition. */
function fen(value: number): number {
  return Math.round(value * 100);
}

export function selectTrades(trades: readonly Trade[], selection: TradeSelection): Trade[] {
  const accounts = new Set(selection.accounts);
  const instruments = new Set(selection.instruments);
  const from = Date.parse(selection.from);
  const to = Date.parse(selection.to);
  return trades.filter((trade) => {
    if (!accounts.has(trade.account) || !instruments.has(trade.instrument)) return false;
    const at = Date.parse(trade.ts);
    return at >= from && at <= to;
  });
}

export function tradeTotals(trades: Trade[]): TradeTotals {
  let volume = 0;
  let amount = 0;
  let buy = 0;
  let sell = 0;
  for (const trade of trades) {
    const value = fen(trade.price * trade.qty);
    volume += trade.qty;
    amount += value;
    if (trade.side === 'B') buy += value;
    else sell += value;
  }
  return {
    trades,
    count: trades.length,
    volume,
    amount: amount / 100,
    buyAmount: buy / 100,
    sellAmount: sell / 100,
  };
}

export interface PriceImpact {
  instrument: string;
  before: MarketBar;
  after: MarketBar;
  change: number;
}

/** Market (UTC+8) date of a timestamp. */
export function marketDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Close on the last trading day before the window against the close on its last day; the first
 * day's open stands in for the close before when the data begin inside the window.
 */
export function priceImpact(
  bars: readonly MarketBar[],
  instrument: string,
  from: string,
  to: string,
): PriceImpact | null {
  const own = bars.filter((bar) => bar.instrument === instrument);
  if (!isSorted(own)) own.sort(byDate);
  const start = marketDate(from);
  const end = marketDate(to);
  const before = [...own].reverse().find((bar) => bar.date < start);
  const inside = own.filter((bar) => bar.date >= start && bar.date <= end);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!last || !first) return null;
  const base = before ?? { ...first, close: first.open };
  return { instrument, before: base, after: last, change: last.close / base.close - 1 };
}

function isSorted(bars: readonly MarketBar[]): boolean {
  for (let i = 1; i < bars.length; i++) if (bars[i - 1]!.date > bars[i]!.date) return false;
  return true;
}

/** Bars by instrument, each in date order. */
export function barsByInstrument(bars: readonly MarketBar[]): Map<string, MarketBar[]> {
  const map = new Map<string, MarketBar[]>();
  for (const bar of bars) {
    const list = map.get(bar.instrument);
    if (list) list.push(bar);
    else map.set(bar.instrument, [bar]);
  }
  for (const list of map.values()) if (!isSorted(list)) list.sort(byDate);
  return map;
}

function byDate(a: MarketBar, b: MarketBar): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

export interface TypologyGroup {
  typology: Typology;
  alerts: EvidenceAlert[];
  selection: TradeSelection;
  severity: ReportSeverity;
}

export function severityOfScore(score: number): ReportSeverity {
  if (score >= 0.85) return 'critical';
  if (score >= 0.7) return 'high';
  if (score >= 0.5) return 'medium';
  return 'low';
}

const SEVERITY_ORDER: ReportSeverity[] = ['low', 'medium', 'high', 'critical'];
export function higherSeverity(a: ReportSeverity, b: ReportSeverity): ReportSeverity {
  return SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;
}
export function severityRank(severity: ReportSeverity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

function earliest(values: string[]): string {
  return values.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}
function latest(values: string[]): string {
  return values.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/**
 * The case's alerts by typology (the analyst's typology where one was given), each with the
 * accounts, instruments and window its findings cover, and its severity: the analysts' highest
 * where given, else from the alerts' highest score.
 */
export function typologyGroups(evidence: CaseEvidence): TypologyGroup[] {
  const annotations = new Map(evidence.annotations.map((note) => [note.alertKey, note]));
  const groups = new Map<Typology, EvidenceAlert[]>();
  for (const alert of evidence.alerts) {
    if (annotations.get(alert.key)?.disposition === 'false_positive') continue;
    const typology = annotations.get(alert.key)?.typology ?? alert.typology;
    groups.set(typology, [...(groups.get(typology) ?? []), alert]);
  }
  return [...groups.entries()].map(([typology, alerts]) => {
    let severity: ReportSeverity | null = null;
    for (const alert of alerts) {
      const given = annotations.get(alert.key)?.severity;
      if (given) severity = severity ? higherSeverity(severity, given) : given;
    }
    return {
      typology,
      alerts,
      selection: {
        accounts: [...new Set(alerts.flatMap((alert) => alert.accounts))].sort(),
        instruments: [...new Set(alerts.flatMap((alert) => alert.instruments))].sort(),
        from: earliest(alerts.map((alert) => alert.window.from)),
        to: latest(alerts.map((alert) => alert.window.to)),
      },
      severity: severity ?? severityOfScore(Math.max(...alerts.map((alert) => alert.score))),
    };
  });
}

/** The case's whole span: the earliest window start to the latest window end of its alerts. */
export function caseSelection(evidence: CaseEvidence): TradeSelection | null {
  if (evidence.alerts.length === 0) return null;
  return {
    accounts: [
      ...new Set([...evidence.case.accountIds, ...evidence.alerts.flatMap((a) => a.accounts)]),
    ].sort(),
    instruments: [...new Set(evidence.alerts.flatMap((alert) => alert.instruments))].sort(),
    from: earliest(evidence.alerts.map((alert) => alert.window.from)),
    to: latest(evidence.alerts.map((alert) => alert.window.to)),
  };
}

export type TieKind = 'identifier' | 'transfer' | 'counterparty';

export interface Tie {
  kind: TieKind;
  accounts: string[];
  /** What ties them, as evidence: `device 3f2a…`, a transfer id and amount, trades between. */
  detail: string;
  rowKeys: string[];
  amount?: number;
}

/** Ties among the case's accounts: shared identifiers, transfers between them, trades with each other. */
export function accountTies(evidence: CaseEvidence, accounts: readonly string[]): Tie[] {
  const inCase = new Set(accounts);
  const ties: Tie[] = [];
  const byValue = new Map<string, { kind: string; hash: string; accounts: Set<string> }>();
  for (const identifier of evidence.identifiers) {
    if (!inCase.has(identifier.account)) continue;
    const key = `${identifier.kind}:${identifier.value_hash}`;
    const entry = byValue.get(key) ?? {
      kind: identifier.kind,
      hash: identifier.value_hash,
      accounts: new Set<string>(),
    };
    entry.accounts.add(identifier.account);
    byValue.set(key, entry);
  }
  for (const [key, entry] of [...byValue.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (entry.accounts.size < 2) continue;
    const members = [...entry.accounts].sort();
    ties.push({
      kind: 'identifier',
      accounts: members,
      detail: `${entry.kind} ${entry.hash.slice(0, 12)}…`,
      rowKeys: members.map((account) => `${account}|${key}`),
    });
  }
  for (const transfer of evidence.transfers) {
    if (inCase.has(transfer.from) && inCase.has(transfer.to) && transfer.from !== transfer.to)
      ties.push({
        kind: 'transfer',
        accounts: [transfer.from, transfer.to],
        detail: transfer.id,
        rowKeys: [transfer.id],
        amount: transfer.amount,
      });
  }
  // External sources paying two or more case accounts are common funders.
  const funders = new Map<string, { accounts: Set<string>; ids: string[]; amount: number }>();
  for (const transfer of evidence.transfers) {
    if (inCase.has(transfer.from) || !inCase.has(transfer.to)) continue;
    const entry = funders.get(transfer.from) ?? { accounts: new Set(), ids: [], amount: 0 };
    entry.accounts.add(transfer.to);
    entry.ids.push(transfer.id);
    entry.amount += transfer.amount;
    funders.set(transfer.from, entry);
  }
  for (const [source, entry] of funders) {
    if (entry.accounts.size < 2) continue;
    ties.push({
      kind: 'transfer',
      accounts: [...entry.accounts].sort(),
      detail: source,
      rowKeys: entry.ids,
      amount: entry.amount,
    });
  }
  const pairs = new Map<string, string[]>();
  for (const trade of evidence.trades) {
    const other = trade.counterparty;
    if (!other || !inCase.has(trade.account) || !inCase.has(other) || other === trade.account)
      continue;
    if (trade.side !== 'B') continue;
    const key = trade.account < other ? `${trade.account}|${other}` : `${other}|${trade.account}`;
    pairs.set(key, [...(pairs.get(key) ?? []), trade.id]);
  }
  for (const [key, ids] of pairs)
    ties.push({
      kind: 'counterparty',
      accounts: key.split('|'),
      detail: `${ids.length}`,
      rowKeys: ids,
    });
  return ties;
}

/** Groups of accounts joined by ties (connected components), largest first. */
export function accountGroups(accounts: readonly string[], ties: readonly Tie[]): string[][] {
  const parent = new Map(accounts.map((account) => [account, account]));
  const find = (account: string): string => {
    let root = account;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(account, root);
    return root;
  };
  for (const tie of ties) {
    const [first, ...rest] = tie.accounts.filter((account) => parent.has(account));
    if (first === undefined) continue;
    for (const other of rest) parent.set(find(other), find(first));
  }
  const groups = new Map<string, string[]>();
  for (const account of accounts)
    groups.set(find(account), [...(groups.get(find(account)) ?? []), account]);
  return [...groups.values()]
    .map((group) => group.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}
