/**
 * Ordinary corporate events: every company's half-year report in August (due by 31 August),
 * interim dividends and the odd major contract, each moving its stock the next day; and for
 * some of them the jurisdiction accounts of officers and advisers on record, who do not trade
 * the stock (so the insiders table is not only the planted ones).
 */
import type { AccountProfile } from './accounts';
import { TRADING_DAYS } from './calendar';
import { timestampAt } from './clock';
import type { EventRegistry } from './eventRegistry';
import type { InstrumentPool } from './instrumentPool';
import type { InstrumentProfile } from './instruments';
import type { MarketEffects } from './marketEffects';
import type { Random } from './random';
import { dateOf } from './schemes/ring';

/** Trading days on which half-year reports come out: 2026-08-10 to 2026-08-31. */
const REPORT_DAYS = TRADING_DAYS.flatMap((date, day) =>
  date >= '2026-08-10' && date <= '2026-08-31' ? [day] : [],
);

export function planBackgroundEvents(
  instruments: readonly InstrumentProfile[],
  instrumentPool: InstrumentPool,
  accounts: readonly AccountProfile[],
  events: EventRegistry,
  effects: MarketEffects,
  random: Random,
): void {
  const alreadyReporting = new Set(
    events.events.filter((event) => event.type === 'earnings').map((event) => event.instrument),
  );
  const officers = accounts.filter(
    (account) => account.reservedBy === null && account.row.kind === 'individual',
  );
  for (const instrument of instruments) {
    // Schemes' stocks keep their story's price path: their reports move nothing.
    const quiet = instrumentPool.userOf(instrument) !== null;
    if (!alreadyReporting.has(instrument.row.code)) {
      const day = random.pick(REPORT_DAYS);
      const report = events.add(
        instrument,
        'earnings',
        `${instrument.row.name}2026年半年度报告`,
        timestampAt(dateOf(day - random.int(8, 15)), random.int(9, 16), random.int(0, 59)),
        timestampAt(dateOf(day), random.int(17, 21), random.int(0, 59)),
      );
      if (!quiet && day + 1 < TRADING_DAYS.length) {
        effects.add(instrument.index, day + 1, { gap: 0.025 * random.normal(), volume: 1.5 });
      }
      if (!quiet && random.chance(0.1) && officers.length > 0) {
        const officer = random.pick(officers);
        // An insider of record who keeps away from the stock.
        officer.portfolio = officer.portfolio.filter((index) => index !== instrument.index);
        if (officer.portfolio.length === 0) officer.activity = 0;
        events.addInsider(report, officer, random.chance(0.7) ? 'officer' : 'advisor');
      }
    }
    if (random.chance(0.08)) {
      const day = random.int(20, TRADING_DAYS.length - 2);
      events.add(
        instrument,
        'dividend',
        `${instrument.row.name}2025年年度权益分派实施公告（每10股派${random.int(1, 30) / 10}元）`,
        timestampAt(dateOf(day - 5), 10, 0),
        timestampAt(dateOf(day), 17, 30),
      );
    }
    if (!quiet && random.chance(0.04)) {
      const day = random.int(3, TRADING_DAYS.length - 3);
      events.add(
        instrument,
        'other',
        `${instrument.row.name}关于签订日常经营重大合同的公告`,
        timestampAt(dateOf(day - random.int(3, 10)), 14, 0),
        timestampAt(dateOf(day), 19, 0),
      );
      effects.add(instrument.index, day + 1, { gap: 0.03, drift: 0.02, volume: 2 });
    }
  }
}
