/**
 * The jurisdiction's ordinary trading: active accounts, in proportion to a heavy-tailed
 * activity, place orders in their own few stocks through the U-shaped day. Most fill against
 * the market outside the province (no counterparty), some rest and are cancelled, some fill in
 * part, and a few meet another jurisdiction account.
 */
import type { AccountKind, Side } from '../../shared/dictionary/types';
import type { AccountProfile } from './accounts';
import { IntradayIntensity } from './clock';
import { TRADING_DAYS } from './calendar';
import type { DayOrderBook } from './dayOrderBook';
import type { InstrumentProfile } from './instruments';
import { Random } from './random';
import { WeightedPicker } from './weightedPicker';

export function tradeCountFor(scale: number): number {
  return Math.round(150_000 * scale);
}

/** Median order value by kind of account, in CNY. */
const MEDIAN_ORDER_VALUE: Record<AccountKind, number> = {
  individual: 22_000,
  institution: 450_000,
  product: 900_000,
};

const INTERNAL_CROSS_SHARE = 0.05;
const CANCELLED_SHARE = 0.12;
const PARTIAL_SHARE = 0.07;
const MARKET_ORDER_SHARE = 0.15;

export class BackgroundTrading {
  private readonly accountPicker: WeightedPicker;
  private readonly intensity = new IntradayIntensity();
  private readonly tradesPerDay: number[];

  constructor(
    private readonly accounts: readonly AccountProfile[],
    private readonly instruments: readonly InstrumentProfile[],
    totalTrades: number,
    private readonly seed: string,
  ) {
    this.accountPicker = new WeightedPicker(accounts.map((account) => account.activity));
    const random = Random.derive(seed, 'background-volume');
    const dayWeights = TRADING_DAYS.map(() => random.logNormal(1, 0.18));
    const weightSum = dayWeights.reduce((sum, weight) => sum + weight, 0);
    this.tradesPerDay = dayWeights.map((weight) => Math.round((totalTrades * weight) / weightSum));
  }

  private pickAccount(day: number, random: Random): AccountProfile {
    for (;;) {
      const account = this.accounts[this.accountPicker.pick(random)]!;
      if (account.firstTradingDay <= day) return account;
    }
  }

  /** Shares for an order of this account: a log-normal value at the current price, in lots. */
  private quantity(
    account: AccountProfile,
    instrument: InstrumentProfile,
    price: number,
    random: Random,
  ): number {
    const value = random.logNormal(MEDIAN_ORDER_VALUE[account.row.kind], 1);
    const lots = Math.max(
      instrument.minimumOrder / 100,
      Math.min(10_000, Math.round(value / price / 100)),
    );
    return lots * 100;
  }

  tradeDay(book: DayOrderBook, day: number): void {
    const random = Random.derive(this.seed, 'background', day);
    const target = this.tradesPerDay[day]!;
    let trades = 0;
    while (trades < target) {
      const account = this.pickAccount(day, random);
      const instrument = this.instruments[random.pick(account.portfolio)]!;
      const atMs = this.intensity.sample(random);
      const side: Side = random.chance(0.5) ? 'B' : 'S';
      const qty = this.quantity(
        account,
        instrument,
        book.market.priceAt(instrument.index, atMs),
        random,
      );
      const draw = random.next();
      if (draw < INTERNAL_CROSS_SHARE) {
        const other = this.pickAccount(day, random);
        // Scheme and look-alike accounts trade their stories' stocks only as their stories say.
        if (other === account || other.reservedBy !== null) continue;
        book.cross(
          {
            buyer: side === 'B' ? account : other,
            seller: side === 'B' ? other : account,
            instrument: instrument.index,
            atMs,
            qty,
            sellerDelayMs: random.int(-120_000, 120_000),
          },
          random,
        );
        trades += 2;
      } else if (draw < INTERNAL_CROSS_SHARE + CANCELLED_SHARE) {
        book.cancel({
          account,
          instrument: instrument.index,
          side,
          atMs,
          qty,
          ticksAway: random.int(1, 30),
          cancelAfterMs: Math.round(random.logNormal(90_000, 1.4)),
        });
      } else if (draw < INTERNAL_CROSS_SHARE + CANCELLED_SHARE + PARTIAL_SHARE && qty >= 200) {
        book.partial(
          {
            account,
            instrument: instrument.index,
            side,
            atMs,
            qty,
            filledQty: random.int(1, qty / 100 - 1) * 100,
            cancelAfterMs: random.chance(0.6) ? Math.round(random.logNormal(300_000, 1)) : null,
          },
          random,
        );
        trades += 1;
      } else {
        const fillDraw = random.next();
        const order = book.fill(
          {
            account,
            instrument: instrument.index,
            side,
            atMs,
            qty,
            type: random.chance(MARKET_ORDER_SHARE) ? 'market' : 'limit',
            fills: fillDraw < 0.65 ? 1 : fillDraw < 0.9 ? 2 : 3,
          },
          random,
        );
        trades += order.fills.length;
      }
    }
  }
}
