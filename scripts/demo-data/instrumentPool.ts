/**
 * Hands out instruments to schemes and look-alikes, one user each, preferring the thinly traded
 * small caps that manipulators pick (a given amount of money moves their price further).
 */
import type { Exchange } from '../../shared/dictionary/types';
import type { InstrumentProfile } from './instruments';
import type { Random } from './random';

export interface InstrumentRequirements {
  exchange?: Exchange;
  board?: string;
  /** Among the least traded fraction of instruments (by typical volume in CNY). */
  smallCap?: boolean;
  /** Not these boards; by default not 北交所 unless `board` asks for it. */
  avoidBoards?: readonly string[];
}

export class InstrumentPool {
  private readonly taken = new Map<number, string>();
  private readonly smallCapLimit: number;

  constructor(
    private readonly instruments: readonly InstrumentProfile[],
    private readonly random: Random,
  ) {
    const turnovers = instruments
      .map((instrument) => instrument.baseVolume * instrument.startPrice)
      .sort((a, b) => a - b);
    this.smallCapLimit = turnovers[Math.floor(turnovers.length * 0.3)]!;
  }

  userOf(instrument: InstrumentProfile): string | null {
    return this.taken.get(instrument.index) ?? null;
  }

  /**
   * A free instrument meeting `needs`; with few instruments (small scales) the wish for a small
   * cap goes first, then the board, then the exchange.
   */
  take(user: string, needs: InstrumentRequirements = {}): InstrumentProfile {
    const relaxed: InstrumentRequirements[] = [
      needs,
      { ...needs, smallCap: false },
      { exchange: needs.exchange, avoidBoards: needs.avoidBoards },
      { avoidBoards: needs.avoidBoards },
    ];
    for (const attempt of relaxed) {
      const candidates = this.candidates(attempt);
      if (candidates.length === 0) continue;
      const chosen = this.random.pick(candidates);
      this.taken.set(chosen.index, user);
      return chosen;
    }
    throw new Error(`${user}: no free instrument left`);
  }

  private candidates(needs: InstrumentRequirements): InstrumentProfile[] {
    // BSE stocks only when asked for: their own look-alike (the market maker) trades them.
    const avoidBoards = needs.avoidBoards ?? (needs.board === undefined ? ['北交所'] : []);
    return this.instruments.filter(
      (instrument) =>
        !this.taken.has(instrument.index) &&
        (needs.exchange === undefined || instrument.row.exchange === needs.exchange) &&
        (needs.board === undefined || instrument.row.board === needs.board) &&
        !avoidBoards.includes(instrument.row.board) &&
        (!needs.smallCap || instrument.baseVolume * instrument.startPrice <= this.smallCapLimit),
    );
  }
}
