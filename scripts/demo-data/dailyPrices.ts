/**
 * Daily opens, closes and market-wide volumes of every instrument over the period: a one-factor
 * model (market factor times beta plus idiosyncratic noise) plus the planted effects, kept inside
 * each board's daily price limit.
 */
import { TRADING_DAYS } from './calendar';
import type { InstrumentProfile } from './instruments';
import type { MarketEffects } from './marketEffects';
import { Random } from './random';

export interface DailyPrices {
  previousClose: Float64Array;
  open: Float64Array;
  close: Float64Array;
  /** Market-wide volume outside the jurisdiction's own trades, in shares. */
  marketVolume: Float64Array;
}

const MARKET_VOLATILITY = 0.011;

export const roundPrice = (price: number): number => Math.max(0.01, Math.round(price * 100) / 100);

export function priceLimitsOf(previousClose: number, limit: number): { down: number; up: number } {
  return {
    down: roundPrice(previousClose * (1 - limit)),
    up: roundPrice(previousClose * (1 + limit)),
  };
}

export function simulateDailyPrices(
  instruments: readonly InstrumentProfile[],
  effects: MarketEffects,
  seed: string,
): DailyPrices[] {
  const marketRandom = Random.derive(seed, 'market-factor');
  const marketFactor = TRADING_DAYS.map(() => 0.0004 + MARKET_VOLATILITY * marketRandom.normal());
  return instruments.map((instrument) => {
    const random = Random.derive(seed, 'daily-prices', instrument.row.code);
    const beta = random.between(0.6, 1.3);
    const idiosyncratic = Math.sqrt(
      Math.max(
        instrument.volatility ** 2 - (beta * MARKET_VOLATILITY) ** 2,
        (instrument.volatility / 2) ** 2,
      ),
    );
    const days = TRADING_DAYS.length;
    const prices: DailyPrices = {
      previousClose: new Float64Array(days),
      open: new Float64Array(days),
      close: new Float64Array(days),
      marketVolume: new Float64Array(days),
    };
    let previous = instrument.startPrice;
    for (let day = 0; day < days; day++) {
      const effect = effects.get(instrument.index, day);
      const limits = priceLimitsOf(previous, instrument.priceLimit);
      const clamp = (price: number): number =>
        Math.min(limits.up, Math.max(limits.down, roundPrice(price)));
      // On a day a scheme or an event pushes the stock, the push dominates its own noise.
      const noise = idiosyncratic * (effect.drift === 0 ? 1 : 0.5);
      const logReturn = beta * marketFactor[day]! + noise * random.normal() + effect.drift;
      const gap = 0.25 * instrument.volatility * random.normal() + effect.gap;
      prices.previousClose[day] = previous;
      prices.open[day] = clamp(previous * Math.exp(gap));
      prices.close[day] = clamp(previous * Math.exp(logReturn));
      // Big moves draw volume: about twice the usual at half the daily limit.
      const activity = 1 + (2 * Math.abs(logReturn)) / instrument.priceLimit;
      prices.marketVolume[day] =
        Math.round(
          (instrument.baseVolume * Math.exp(0.3 * random.normal()) * activity * effect.volume) /
            100,
        ) * 100;
      previous = prices.close[day]!;
    }
    return prices;
  });
}
