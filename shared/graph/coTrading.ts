/**
 * Co-trading: two accounts trading the same instrument on the same side within a few minutes of
 * each other. Counted in occasions (distinct instrument-days) so that one order filled in three
 * trades counts once, and only repetition makes a tie.
 */

const DAY_MS = 86_400_000;
/** China Standard Time, so a trading day is one calendar day. */
const CST_OFFSET_MS = 8 * 3_600_000;
/** A window holding more accounts than this is a busy market moment, not coordination. */
export const CROWDED_WINDOW_ACCOUNTS = 40;

export interface CoTradingPair {
  /** Account indexes, a < b. */
  a: number;
  b: number;
  occasions: number;
  firstSeen: number;
  lastSeen: number;
  /** The instrument-day last counted, so one occasion counts once. */
  lastOccasion: number;
}

/** Trades of one instrument, appended in any order. */
export class InstrumentTrades {
  ts: number[] = [];
  account: number[] = [];
  buy: boolean[] = [];

  add(ts: number, account: number, buy: boolean): void {
    this.ts.push(ts);
    this.account.push(account);
    this.buy.push(buy);
  }
}

/** Pairs keyed `a * 2^26 + b`: exact in a double for up to 67 million accounts. */
const PAIR_BASE = 2 ** 26;

export function coTradingPairs(
  instruments: Iterable<InstrumentTrades>,
  windowMinutes: number,
): Map<number, CoTradingPair> {
  const windowMs = windowMinutes * 60_000;
  const pairs = new Map<number, CoTradingPair>();
  let instrumentNumber = 0;
  for (const trades of instruments) {
    instrumentNumber++;
    for (const buySide of [true, false]) {
      const order: number[] = [];
      for (let i = 0; i < trades.ts.length; i++) if (trades.buy[i] === buySide) order.push(i);
      order.sort((x, y) => trades.ts[x]! - trades.ts[y]!);
      let start = 0;
      for (let k = 0; k < order.length; k++) {
        const i = order[k]!;
        const ts = trades.ts[i]!;
        while (trades.ts[order[start]!]! < ts - windowMs) start++;
        if (k - start > CROWDED_WINDOW_ACCOUNTS) continue;
        const day = Math.floor((ts + CST_OFFSET_MS) / DAY_MS);
        const occasion = instrumentNumber * 100_000 + day;
        const mine = trades.account[i]!;
        for (let m = start; m < k; m++) {
          const other = trades.account[order[m]!]!;
          if (other === mine) continue;
          const a = Math.min(mine, other);
          const b = Math.max(mine, other);
          const key = a * PAIR_BASE + b;
          const pair = pairs.get(key);
          if (pair === undefined) {
            pairs.set(key, {
              a,
              b,
              occasions: 1,
              firstSeen: ts,
              lastSeen: ts,
              lastOccasion: occasion,
            });
          } else if (pair.lastOccasion !== occasion) {
            pair.occasions++;
            pair.firstSeen = Math.min(pair.firstSeen, ts);
            pair.lastSeen = Math.max(pair.lastSeen, ts);
            pair.lastOccasion = occasion;
          }
        }
      }
    }
  }
  return pairs;
}
