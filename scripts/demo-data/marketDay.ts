/**
 * One trading day of every instrument: a minute-by-minute price path from the open to the
 * close (a Brownian bridge, with a final-minutes ramp where the close is marked), the prices
 * trades take from it, and the day's bar once the jurisdiction's trades are known. Every trade
 * price lies on the path, so it lies between the bar's low and high.
 */
import type { IsoDate, MarketBar } from '../../shared/dictionary/types';
import { MINUTE_MS, SESSION_MINUTES } from './clock';
import type { DailyPrices } from './dailyPrices';
import { priceLimitsOf, roundPrice } from './dailyPrices';
import type { InstrumentProfile } from './instruments';
import type { MarketEffects } from './marketEffects';
import { Random } from './random';

/** Minute at which a marked close starts its climb (14:50). */
const MARKING_START_MINUTE = 230;

export class MarketDay {
  private readonly paths: Float64Array[];
  private readonly lows: Float64Array;
  private readonly highs: Float64Array;
  private readonly jurisdictionVolume: Float64Array;
  private readonly jurisdictionTurnover: Float64Array;

  constructor(
    readonly dayIndex: number,
    readonly date: IsoDate,
    private readonly instruments: readonly InstrumentProfile[],
    private readonly daily: readonly DailyPrices[],
    effects: MarketEffects,
    seed: string,
  ) {
    const random = Random.derive(seed, 'intraday', dayIndex);
    this.paths = instruments.map((instrument) =>
      pathOf(
        instrument,
        daily[instrument.index]!,
        dayIndex,
        effects.get(instrument.index, dayIndex).closeLift,
        random,
      ),
    );
    this.lows = new Float64Array(instruments.length);
    this.highs = new Float64Array(instruments.length);
    this.paths.forEach((path, instrument) => {
      let low = Infinity;
      let high = -Infinity;
      for (const price of path) {
        if (price < low) low = price;
        if (price > high) high = price;
      }
      this.lows[instrument] = low;
      this.highs[instrument] = high;
    });
    this.jurisdictionVolume = new Float64Array(instruments.length);
    this.jurisdictionTurnover = new Float64Array(instruments.length);
  }

  /** The price at a session moment, optionally a tick off the path, always within the day's range. */
  priceAt(instrument: number, sessionMs: number, random?: Random): number {
    const path = this.paths[instrument]!;
    const minute = Math.min(SESSION_MINUTES - 1e-9, Math.max(0, sessionMs / MINUTE_MS));
    const at = Math.floor(minute);
    const fraction = minute - at;
    let price = path[at]! + (path[at + 1]! - path[at]!) * fraction;
    if (random !== undefined && random.chance(0.3)) price += random.chance(0.5) ? 0.01 : -0.01;
    return Math.min(this.highs[instrument]!, Math.max(this.lows[instrument]!, roundPrice(price)));
  }

  codeOf(instrument: number): string {
    return this.instruments[instrument]!.row.code;
  }

  close(instrument: number): number {
    return this.daily[instrument]!.close[this.dayIndex]!;
  }

  limits(instrument: number): { down: number; up: number } {
    const instrumentProfile = this.instruments[instrument]!;
    return priceLimitsOf(
      this.daily[instrument]!.previousClose[this.dayIndex]!,
      instrumentProfile.priceLimit,
    );
  }

  /** Market-wide volume of the instrument today, outside the jurisdiction's trades. */
  marketVolume(instrument: number): number {
    return this.daily[instrument]!.marketVolume[this.dayIndex]!;
  }

  /** Counts one market trade (an internal cross counts once, not once per side). */
  recordTrade(instrument: number, price: number, qty: number): void {
    this.jurisdictionVolume[instrument]! += qty;
    this.jurisdictionTurnover[instrument]! += price * qty;
  }

  bar(instrument: number): MarketBar {
    const path = this.paths[instrument]!;
    const open = path[0]!;
    const close = path[SESSION_MINUTES]!;
    const high = this.highs[instrument]!;
    const low = this.lows[instrument]!;
    const market = this.marketVolume(instrument);
    return {
      instrument: this.instruments[instrument]!.row.code,
      date: this.date,
      open,
      high,
      low,
      close,
      volume: market + this.jurisdictionVolume[instrument]!,
      turnover:
        Math.round(
          (market * ((open + high + low + close) / 4) + this.jurisdictionTurnover[instrument]!) *
            100,
        ) / 100,
    };
  }
}

function pathOf(
  instrument: InstrumentProfile,
  daily: DailyPrices,
  day: number,
  closeLift: number,
  random: Random,
): Float64Array {
  const open = daily.open[day]!;
  const close = daily.close[day]!;
  const limits = priceLimitsOf(daily.previousClose[day]!, instrument.priceLimit);
  const clamp = (price: number): number =>
    Math.min(limits.up, Math.max(limits.down, roundPrice(price)));
  const bridgeEnd = closeLift > 0 ? MARKING_START_MINUTE : SESSION_MINUTES;
  const beforeRamp = closeLift > 0 ? close / (1 + closeLift) : close;
  const step = (0.7 * instrument.volatility) / Math.sqrt(SESSION_MINUTES);
  const walk = new Float64Array(bridgeEnd + 1);
  for (let minute = 1; minute <= bridgeEnd; minute++)
    walk[minute] = walk[minute - 1]! + step * random.normal();
  const path = new Float64Array(SESSION_MINUTES + 1);
  const logOpen = Math.log(open);
  const logTarget = Math.log(beforeRamp);
  for (let minute = 0; minute <= bridgeEnd; minute++) {
    const share = minute / bridgeEnd;
    const bridge = walk[minute]! - share * walk[bridgeEnd]!;
    path[minute] = clamp(Math.exp(logOpen + share * (logTarget - logOpen) + bridge));
  }
  for (let minute = bridgeEnd + 1; minute <= SESSION_MINUTES; minute++) {
    const share = (minute - bridgeEnd) / (SESSION_MINUTES - bridgeEnd);
    path[minute] = clamp(beforeRamp + share * (close - beforeRamp));
  }
  path[0] = open;
  path[SESSION_MINUTES] = close;
  return path;
}
