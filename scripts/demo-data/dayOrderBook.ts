/**
 * The orders of one trading day and their fills, as the background and the planted schemes
 * place them. Prices come from the day's price path; at the end of the day the orders are put
 * in time order, numbered, and written with their trades.
 */
import type { Order, OrderStatus, OrderType, Side, Trade } from '../../shared/dictionary/types';
import type { AccountProfile } from './accounts';
import { SESSION_MS, sessionTimestamp } from './clock';
import type { MarketDay } from './marketDay';
import type { Random } from './random';

export interface PendingFill {
  sessionMs: number;
  price: number;
  qty: number;
  counterparty: AccountProfile | null;
}

export interface PendingOrder {
  sequence: number;
  account: AccountProfile;
  instrument: number;
  sessionMs: number;
  side: Side;
  price: number;
  qty: number;
  type: OrderType;
  status: OrderStatus;
  cancelMs: number | null;
  fills: PendingFill[];
  /** The scheme or look-alike that placed it; null for background trading. */
  tag: string | null;
}

/** A finished order as written, with its trades, for whoever watches the day's trading. */
export interface WrittenOrder {
  pending: PendingOrder;
  order: Order;
  trades: Trade[];
}

export interface WrittenDay {
  /** In time order. */
  orders: WrittenOrder[];
  /** In time order. */
  trades: Array<{ trade: Trade; pending: PendingOrder; fill: PendingFill }>;
}

interface OrderSpec {
  account: AccountProfile;
  instrument: number;
  side: Side;
  atMs: number;
  qty: number;
  tag?: string | null;
}

export interface FillSpec extends OrderSpec {
  type?: OrderType;
  /** Number of trades the order fills in (lots permitting). */
  fills?: number;
}

export interface CancelSpec extends OrderSpec {
  /** How far from the current price the order rests, in ticks (0.01 CNY). */
  ticksAway: number;
  cancelAfterMs: number;
}

export interface PartialSpec extends OrderSpec {
  filledQty: number;
  /** Null: the rest expires at the close instead of being cancelled. */
  cancelAfterMs: number | null;
}

export interface CrossSpec {
  buyer: AccountProfile;
  seller: AccountProfile;
  instrument: number;
  atMs: number;
  qty: number;
  /** The seller's order comes this many ms after the buyer's (negative: before). */
  sellerDelayMs: number;
  tag?: string | null;
  /** Overrides `tag` for one side, e.g. null for a market maker's ordinary counterparty. */
  buyerTag?: string | null;
  sellerTag?: string | null;
}

const TICK = 0.01;
const clampToSession = (ms: number): number => Math.min(SESSION_MS, Math.max(0, Math.round(ms)));
const roundToTick = (price: number): number => Math.round(price * 100) / 100;

/** Splits `qty` into `parts` multiples of `lot` that add up to it (fewer parts when it is small). */
export function splitIntoLots(qty: number, parts: number, lot: number, random: Random): number[] {
  const lots = Math.max(1, Math.round(qty / lot));
  const count = Math.max(1, Math.min(parts, lots));
  if (count === 1) return [lots * lot];
  // Uneven but comparable parts, as an order book fills a resting order.
  const weights = Array.from({ length: count }, () => random.between(0.4, 1.6));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.max(1, Math.floor((lots * weight) / weightSum)));
  let assigned = sizes.reduce((sum, size) => sum + size, 0);
  for (let i = 0; assigned < lots; i = (i + 1) % count, assigned++) sizes[i]!++;
  for (let i = 0; assigned > lots; i = (i + 1) % count) {
    if (sizes[i]! > 1) {
      sizes[i]!--;
      assigned--;
    }
  }
  return sizes.map((size) => size * lot);
}

export class DayOrderBook {
  readonly orders: PendingOrder[] = [];

  constructor(readonly market: MarketDay) {}

  private add(order: Omit<PendingOrder, 'sequence'>): PendingOrder {
    const pending = order as PendingOrder;
    pending.sequence = this.orders.length;
    this.orders.push(pending);
    return pending;
  }

  /** An order filled against the market outside the jurisdiction (no counterparty). */
  fill(spec: FillSpec, random: Random): PendingOrder {
    const atMs = clampToSession(spec.atMs);
    const type = spec.type ?? 'limit';
    const sizes = splitIntoLots(spec.qty, spec.fills ?? 1, 100, random);
    const fills: PendingFill[] = [];
    let fillMs = atMs;
    for (const qty of sizes) {
      fillMs = clampToSession(
        fillMs + (fills.length === 0 ? random.int(5, 900) : random.int(200, 25_000)),
      );
      const price = this.market.priceAt(spec.instrument, fillMs, random);
      this.market.recordTrade(spec.instrument, price, qty);
      fills.push({ sessionMs: fillMs, price, qty, counterparty: null });
    }
    const limits = this.market.limits(spec.instrument);
    const slack = random.int(0, 3) * TICK;
    const price =
      type === 'market'
        ? fills[0]!.price
        : spec.side === 'B'
          ? Math.min(limits.up, roundToTick(Math.max(...fills.map((fill) => fill.price)) + slack))
          : Math.max(
              limits.down,
              roundToTick(Math.min(...fills.map((fill) => fill.price)) - slack),
            );
    return this.add({
      account: spec.account,
      instrument: spec.instrument,
      sessionMs: atMs,
      side: spec.side,
      price,
      qty: spec.qty,
      type,
      status: 'filled',
      cancelMs: null,
      fills,
      tag: spec.tag ?? null,
    });
  }

  /** A limit order resting away from the price, cancelled before anything fills. */
  cancel(spec: CancelSpec): PendingOrder {
    const atMs = clampToSession(spec.atMs);
    const limits = this.market.limits(spec.instrument);
    const current = this.market.priceAt(spec.instrument, atMs);
    const offset = spec.ticksAway * TICK;
    const price =
      spec.side === 'B'
        ? Math.max(limits.down, roundToTick(current - offset))
        : Math.min(limits.up, roundToTick(current + offset));
    return this.add({
      account: spec.account,
      instrument: spec.instrument,
      sessionMs: atMs,
      side: spec.side,
      price,
      qty: spec.qty,
      type: 'limit',
      status: 'cancelled',
      cancelMs: clampToSession(atMs + Math.max(1, spec.cancelAfterMs)),
      fills: [],
      tag: spec.tag ?? null,
    });
  }

  /** A limit order that fills in part; the rest is cancelled or expires at the close. */
  partial(spec: PartialSpec, random: Random): PendingOrder {
    const atMs = clampToSession(spec.atMs);
    const fillMs = clampToSession(atMs + random.int(1_000, 600_000));
    const price = this.market.priceAt(spec.instrument, fillMs, random);
    this.market.recordTrade(spec.instrument, price, spec.filledQty);
    return this.add({
      account: spec.account,
      instrument: spec.instrument,
      sessionMs: atMs,
      side: spec.side,
      price,
      qty: spec.qty,
      type: 'limit',
      status: 'partial',
      cancelMs:
        spec.cancelAfterMs === null
          ? null
          : Math.max(fillMs + 1, clampToSession(fillMs + spec.cancelAfterMs)),
      fills: [{ sessionMs: fillMs, price, qty: spec.filledQty, counterparty: null }],
      tag: spec.tag ?? null,
    });
  }

  /** A buy and a sell of two jurisdiction accounts that meet each other: same price, size and time. */
  cross(spec: CrossSpec, random: Random): [buy: PendingOrder, sell: PendingOrder] {
    const buyMs = clampToSession(spec.atMs);
    const sellMs = clampToSession(spec.atMs + spec.sellerDelayMs);
    const tradeMs = clampToSession(Math.max(buyMs, sellMs) + random.int(1, 40));
    const price = this.market.priceAt(spec.instrument, tradeMs);
    this.market.recordTrade(spec.instrument, price, spec.qty);
    const side = (
      account: AccountProfile,
      counterparty: AccountProfile,
      orderSide: Side,
      atMs: number,
      tag: string | null | undefined,
    ) =>
      this.add({
        account,
        instrument: spec.instrument,
        sessionMs: atMs,
        side: orderSide,
        price,
        qty: spec.qty,
        type: 'limit',
        status: 'filled',
        cancelMs: null,
        fills: [{ sessionMs: tradeMs, price, qty: spec.qty, counterparty }],
        tag: tag ?? null,
      });
    return [
      side(
        spec.buyer,
        spec.seller,
        'B',
        buyMs,
        spec.buyerTag === undefined ? spec.tag : spec.buyerTag,
      ),
      side(
        spec.seller,
        spec.buyer,
        'S',
        sellMs,
        spec.sellerTag === undefined ? spec.tag : spec.sellerTag,
      ),
    ];
  }

  /**
   * The day's orders in time order with ids from `nextOrderId`, and their trades in time order
   * with ids from `nextTradeId`.
   */
  finish(date: string, nextOrderId: () => string, nextTradeId: () => string): WrittenDay {
    const ordered = [...this.orders].sort(
      (a, b) => a.sessionMs - b.sessionMs || a.sequence - b.sequence,
    );
    const written: WrittenOrder[] = ordered.map((pending) => {
      const filledQty = pending.fills.reduce((sum, fill) => sum + fill.qty, 0);
      const order: Order = {
        id: nextOrderId(),
        account: pending.account.row.id,
        instrument: this.market.codeOf(pending.instrument),
        ts: sessionTimestamp(date, pending.sessionMs),
        side: pending.side,
        price: pending.price,
        qty: pending.qty,
        type: pending.type,
        status: pending.status,
        filled_qty: filledQty,
        ...(pending.cancelMs === null
          ? {}
          : { cancel_ts: sessionTimestamp(date, pending.cancelMs) }),
      };
      return { pending, order, trades: [] };
    });
    const fills = written.flatMap((entry) => entry.pending.fills.map((fill) => ({ entry, fill })));
    fills.sort(
      (a, b) =>
        a.fill.sessionMs - b.fill.sessionMs || a.entry.pending.sequence - b.entry.pending.sequence,
    );
    const trades = fills.map(({ entry, fill }) => {
      const trade: Trade = {
        id: nextTradeId(),
        order: entry.order.id,
        account: entry.order.account,
        ...(fill.counterparty === null ? {} : { counterparty: fill.counterparty.row.id }),
        instrument: entry.order.instrument,
        ts: sessionTimestamp(date, fill.sessionMs),
        side: entry.order.side,
        price: fill.price,
        qty: fill.qty,
      };
      entry.trades.push(trade);
      return { trade, pending: entry.pending, fill };
    });
    return { orders: written, trades };
  }
}
