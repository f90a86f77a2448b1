/**
 * What planted schemes and events do to prices and volumes, per instrument and trading day,
 * decided before any price is simulated so that bars and trades agree with the story.
 */

export interface DayEffect {
  /** Added to the day's close-to-close log return. */
  drift: number;
  /** Added to the overnight log gap (previous close to open). */
  gap: number;
  /** The close is lifted by this fraction in the last ten minutes (marking the close). */
  closeLift: number;
  /** Multiplies the market-wide volume. */
  volume: number;
}

const NO_EFFECT: DayEffect = { drift: 0, gap: 0, closeLift: 0, volume: 1 };

export class MarketEffects {
  private readonly byInstrument = new Map<number, Map<number, DayEffect>>();

  /** Drift, gap and close lift add up; volume multipliers multiply. */
  add(instrument: number, day: number, effect: Partial<DayEffect>): void {
    let days = this.byInstrument.get(instrument);
    if (days === undefined) {
      days = new Map();
      this.byInstrument.set(instrument, days);
    }
    const current = days.get(day) ?? NO_EFFECT;
    days.set(day, {
      drift: current.drift + (effect.drift ?? 0),
      gap: current.gap + (effect.gap ?? 0),
      closeLift: current.closeLift + (effect.closeLift ?? 0),
      volume: current.volume * (effect.volume ?? 1),
    });
  }

  get(instrument: number, day: number): DayEffect {
    return this.byInstrument.get(instrument)?.get(day) ?? NO_EFFECT;
  }
}
