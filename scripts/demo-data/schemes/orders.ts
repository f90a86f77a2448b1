/** Order patterns that several schemes share: a block worked through many orders, a timed burst. */
import type { Side } from '../../../shared/dictionary/types';
import type { AccountProfile } from '../accounts';
import { SESSION_MS } from '../clock';
import type { DayOrderBook } from '../dayOrderBook';
import { splitIntoLots } from '../dayOrderBook';
import type { Random } from '../random';

export interface WorkedBlock {
  accounts: readonly AccountProfile[];
  instrument: number;
  side: Side;
  /** Shares in all, rounded to lots. */
  qty: number;
  orders: number;
  fromMs?: number;
  toMs?: number;
  tag: string;
}

/** A block split over `orders` filled orders at random moments, from the group's accounts in turn. */
export function workBlock(book: DayOrderBook, block: WorkedBlock, random: Random): void {
  const sizes = splitIntoLots(
    Math.max(100, Math.round(block.qty / 100) * 100),
    block.orders,
    100,
    random,
  );
  const from = block.fromMs ?? 0;
  const to = block.toMs ?? SESSION_MS - 60_000;
  sizes.forEach((qty, i) => {
    book.fill(
      {
        account: block.accounts[i % block.accounts.length]!,
        instrument: block.instrument,
        side: block.side,
        atMs: random.between(from, to),
        qty,
        fills: qty >= 20_000 ? random.int(1, 3) : 1,
        tag: block.tag,
      },
      random,
    );
  });
}

/** The market's volume share that a group takes: `share` of the day's market volume, in lots. */
export function shareOfMarket(book: DayOrderBook, instrument: number, share: number): number {
  return Math.max(100, Math.round((book.market.marketVolume(instrument) * share) / 100) * 100);
}
