/**
 * The dataset as the detectors read it: accounts and instruments interned to numbers, orders and
 * trades as typed columns, identifiers reduced to the values that several accounts share, and
 * transfers reduced to account-to-account payments and shared outside parties. One pass per
 * table, so memory is bounded by these columns (≈100 bytes a trade), never by row objects.
 */
import type {
  Alert,
  CorporateEvent,
  DetectionRule,
  IdentifierKind,
  Insider,
  TransferChannel,
} from '../dictionary/types';
import { Column, groupRows, type GroupedRows } from './columns';
import type { AnalysisDataset } from './dataset';
import { collectRows } from './dataset';
import { dayNumberOfDate, epochMs, marketDay } from './time';

export const SIDE_BUY = 0;
export const SIDE_SELL = 1;
export const ACCOUNT_KINDS_INDEXED = ['individual', 'institution', 'product'] as const;

export class Interner {
  readonly names: string[] = [];
  readonly index = new Map<string, number>();

  intern(name: string): number {
    let id = this.index.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.index.set(name, id);
    }
    return id;
  }

  get size(): number {
    return this.names.length;
  }
}

export interface TradeColumns {
  length: number;
  account: Int32Array;
  /** -1 when the other side is outside the sandbox. */
  counterparty: Int32Array;
  instrument: Int32Array;
  ts: Float64Array;
  day: Int32Array;
  side: Uint8Array;
  price: Float64Array;
  qty: Float64Array;
  /** Row of the trade's order in `orders`, -1 when the order is not in the dataset. */
  order: Int32Array;
}

export interface OrderColumns {
  length: number;
  account: Int32Array;
  instrument: Int32Array;
  ts: Float64Array;
  day: Int32Array;
  side: Uint8Array;
  price: Float64Array;
  qty: Float64Array;
  filledQty: Float64Array;
  /** NaN when the order was not cancelled. */
  cancelTs: Float64Array;
}

/** One identifier value that 2 or more accounts share. */
export interface SharedValue {
  kind: IdentifierKind;
  accounts: number[];
}

export interface AccountTransfer {
  from: number;
  to: number;
  amount: number;
  ts: number;
  channel: TransferChannel;
}

/** An outside party (`EXT:…`) that paid or was paid by two or more accounts. */
export interface SharedOutsideParty {
  token: string;
  accounts: number[];
  amount: number;
}

/** Trading days of the period and the daily bars of every instrument on them. */
export interface DailyBars {
  /** Day numbers (days since 1970-01-01), ascending. */
  days: number[];
  dayIndex: Map<number, number>;
  /** `[instrument * days.length + d]`, NaN where there is no bar. */
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
  turnover: Float64Array;
}

export interface MarketData {
  datasetId: string;
  accounts: Interner;
  /** Per account: index into ACCOUNT_KINDS_INDEXED (255 when the account row is missing). */
  accountKind: Uint8Array;
  instruments: Interner;
  instrumentNames: string[];
  bars: DailyBars;
  orders: OrderColumns;
  trades: TradeColumns;
  sharedValues: SharedValue[];
  accountTransfers: AccountTransfer[];
  sharedOutsideParties: SharedOutsideParty[];
  events: CorporateEvent[];
  insiders: Insider[];
  rules: DetectionRule[];
  sandboxAlerts: Alert[];
  /** Rows of each instrument ordered by time (built on first use). */
  tradesByInstrument(): GroupedRows;
  tradesByAccount(): GroupedRows;
  ordersByInstrument(): GroupedRows;
}

export interface LoadOptions {
  /** An identifier value on more accounts than this is a public place (a NAT, an office Wi-Fi). */
  maxAccountsPerSharedValue: number;
}

const HEX_PREFIX = /^[0-9a-f]{13}/i;

/** A compact key for a value hash: its first 52 bits when it is hex, the text otherwise. */
function valueKey(hash: string): number | string {
  return HEX_PREFIX.test(hash) ? parseInt(hash.slice(0, 13), 16) : hash;
}

export async function loadMarketData(
  dataset: AnalysisDataset,
  options: LoadOptions,
): Promise<MarketData> {
  const accounts = new Interner();
  const kinds: number[] = [];
  for await (const batch of dataset.batches('accounts')) {
    for (const row of batch) {
      const id = accounts.intern(row.id);
      kinds[id] = ACCOUNT_KINDS_INDEXED.indexOf(row.kind);
    }
  }
  const instruments = new Interner();
  const instrumentNames: string[] = [];
  for await (const batch of dataset.batches('instruments')) {
    for (const row of batch) instrumentNames[instruments.intern(row.code)] = row.name;
  }

  const bars = await loadBars(dataset, instruments);
  const { orders, orderIndex } = await loadOrders(dataset, accounts, instruments);
  const trades = await loadTrades(dataset, accounts, instruments, orderIndex);
  orderIndex.clear();
  const sharedValues = await loadSharedValues(dataset, accounts, options);
  const { accountTransfers, sharedOutsideParties } = await loadTransfers(
    dataset,
    accounts,
    options,
  );

  const accountKind = new Uint8Array(accounts.size).fill(255);
  kinds.forEach((kind, id) => (accountKind[id] = kind));
  const lazy = <T>(build: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= build());
  };
  return {
    datasetId: dataset.id,
    accounts,
    accountKind,
    instruments,
    instrumentNames,
    bars,
    orders,
    trades,
    sharedValues,
    accountTransfers,
    sharedOutsideParties,
    events: await collectRows(dataset, 'events'),
    insiders: await collectRows(dataset, 'insiders'),
    rules: await collectRows(dataset, 'rules'),
    sandboxAlerts: await collectRows(dataset, 'alerts'),
    tradesByInstrument: lazy(() => groupRows(trades.instrument, instruments.size, trades.ts)),
    tradesByAccount: lazy(() => groupRows(trades.account, accounts.size, trades.ts)),
    ordersByInstrument: lazy(() => groupRows(orders.instrument, instruments.size, orders.ts)),
  };
}

async function loadBars(dataset: AnalysisDataset, instruments: Interner): Promise<DailyBars> {
  const rows: Array<[number, number, number, number, number, number, number, number]> = [];
  const daySet = new Set<number>();
  for await (const batch of dataset.batches('market_bars')) {
    for (const bar of batch) {
      const day = dayNumberOfDate(bar.date);
      daySet.add(day);
      rows.push([
        instruments.intern(bar.instrument),
        day,
        bar.open,
        bar.high,
        bar.low,
        bar.close,
        bar.volume,
        bar.turnover,
      ]);
    }
  }
  const days = [...daySet].sort((a, b) => a - b);
  const dayIndex = new Map(days.map((day, i) => [day, i]));
  const size = instruments.size * days.length;
  const open = new Float64Array(size).fill(NaN);
  const high = new Float64Array(size).fill(NaN);
  const low = new Float64Array(size).fill(NaN);
  const close = new Float64Array(size).fill(NaN);
  const volume = new Float64Array(size).fill(NaN);
  const turnover = new Float64Array(size).fill(NaN);
  for (const [instrument, day, o, h, l, c, v, t] of rows) {
    const at = instrument * days.length + dayIndex.get(day)!;
    open[at] = o;
    high[at] = h;
    low[at] = l;
    close[at] = c;
    volume[at] = v;
    turnover[at] = t;
  }
  return { days, dayIndex, open, high, low, close, volume, turnover };
}

async function loadOrders(
  dataset: AnalysisDataset,
  accounts: Interner,
  instruments: Interner,
): Promise<{ orders: OrderColumns; orderIndex: Map<string, number> }> {
  const account = new Column(Int32Array);
  const instrument = new Column(Int32Array);
  const ts = new Column(Float64Array);
  const day = new Column(Int32Array);
  const side = new Column(Uint8Array);
  const price = new Column(Float64Array);
  const qty = new Column(Float64Array);
  const filledQty = new Column(Float64Array);
  const cancelTs = new Column(Float64Array);
  const orderIndex = new Map<string, number>();
  for await (const batch of dataset.batches('orders')) {
    for (const row of batch) {
      orderIndex.set(row.id, account.length);
      account.push(accounts.intern(row.account));
      instrument.push(instruments.intern(row.instrument));
      const ms = epochMs(row.ts);
      ts.push(ms);
      day.push(marketDay(ms));
      side.push(row.side === 'B' ? SIDE_BUY : SIDE_SELL);
      price.push(row.price);
      qty.push(row.qty);
      filledQty.push(row.filled_qty);
      cancelTs.push(row.cancel_ts ? epochMs(row.cancel_ts) : NaN);
    }
  }
  return {
    orders: {
      length: account.length,
      account: account.finish(),
      instrument: instrument.finish(),
      ts: ts.finish(),
      day: day.finish(),
      side: side.finish(),
      price: price.finish(),
      qty: qty.finish(),
      filledQty: filledQty.finish(),
      cancelTs: cancelTs.finish(),
    },
    orderIndex,
  };
}

async function loadTrades(
  dataset: AnalysisDataset,
  accounts: Interner,
  instruments: Interner,
  orderIndex: Map<string, number>,
): Promise<TradeColumns> {
  const account = new Column(Int32Array);
  const counterparty = new Column(Int32Array);
  const instrument = new Column(Int32Array);
  const ts = new Column(Float64Array);
  const day = new Column(Int32Array);
  const side = new Column(Uint8Array);
  const price = new Column(Float64Array);
  const qty = new Column(Float64Array);
  const order = new Column(Int32Array);
  for await (const batch of dataset.batches('trades')) {
    for (const row of batch) {
      account.push(accounts.intern(row.account));
      counterparty.push(row.counterparty ? accounts.intern(row.counterparty) : -1);
      instrument.push(instruments.intern(row.instrument));
      const ms = epochMs(row.ts);
      ts.push(ms);
      day.push(marketDay(ms));
      side.push(row.side === 'B' ? SIDE_BUY : SIDE_SELL);
      price.push(row.price);
      qty.push(row.qty);
      order.push(orderIndex.get(row.order) ?? -1);
    }
  }
  return {
    length: account.length,
    account: account.finish(),
    counterparty: counterparty.finish(),
    instrument: instrument.finish(),
    ts: ts.finish(),
    day: day.finish(),
    side: side.finish(),
    price: price.finish(),
    qty: qty.finish(),
    order: order.finish(),
  };
}

async function loadSharedValues(
  dataset: AnalysisDataset,
  accounts: Interner,
  options: LoadOptions,
): Promise<SharedValue[]> {
  // Per kind, value → its first account, or every account once a second one is seen.
  const byKind = new Map<IdentifierKind, Map<number | string, number | number[]>>();
  for await (const batch of dataset.batches('identifiers')) {
    for (const row of batch) {
      let values = byKind.get(row.kind);
      if (!values) byKind.set(row.kind, (values = new Map()));
      const key = valueKey(row.value_hash);
      const account = accounts.intern(row.account);
      const seen = values.get(key);
      if (seen === undefined) values.set(key, account);
      else if (typeof seen === 'number') {
        if (seen !== account) values.set(key, [seen, account]);
      } else if (!seen.includes(account) && seen.length <= options.maxAccountsPerSharedValue)
        seen.push(account);
    }
  }
  const shared: SharedValue[] = [];
  for (const [kind, values] of byKind) {
    for (const seen of values.values()) {
      if (typeof seen !== 'number' && seen.length <= options.maxAccountsPerSharedValue)
        shared.push({ kind, accounts: seen });
    }
  }
  return shared;
}

async function loadTransfers(
  dataset: AnalysisDataset,
  accounts: Interner,
  options: LoadOptions,
): Promise<{ accountTransfers: AccountTransfer[]; sharedOutsideParties: SharedOutsideParty[] }> {
  const accountTransfers: AccountTransfer[] = [];
  const outside = new Map<string, { accounts: number | number[]; amount: number }>();
  const touch = (token: string, account: number, amount: number) => {
    const seen = outside.get(token);
    if (!seen) outside.set(token, { accounts: account, amount });
    else {
      seen.amount += amount;
      if (typeof seen.accounts === 'number') {
        if (seen.accounts !== account) seen.accounts = [seen.accounts, account];
      } else if (
        !seen.accounts.includes(account) &&
        seen.accounts.length <= options.maxAccountsPerSharedValue
      )
        seen.accounts.push(account);
    }
  };
  for await (const batch of dataset.batches('transfers')) {
    for (const row of batch) {
      const fromOutside = row.from.startsWith('EXT:');
      const toOutside = row.to.startsWith('EXT:');
      if (!fromOutside && !toOutside) {
        accountTransfers.push({
          from: accounts.intern(row.from),
          to: accounts.intern(row.to),
          amount: row.amount,
          ts: epochMs(row.ts),
          channel: row.channel,
        });
      } else if (fromOutside && !toOutside) touch(row.from, accounts.intern(row.to), row.amount);
      else if (toOutside && !fromOutside) touch(row.to, accounts.intern(row.from), row.amount);
    }
  }
  const sharedOutsideParties: SharedOutsideParty[] = [];
  for (const [token, seen] of outside) {
    if (
      typeof seen.accounts !== 'number' &&
      seen.accounts.length <= options.maxAccountsPerSharedValue
    )
      sharedOutsideParties.push({ token, accounts: seen.accounts, amount: seen.amount });
  }
  return { accountTransfers, sharedOutsideParties };
}
