/**
 * False alarms on ordinary accounts, as every surveillance system raises them: a big buy at
 * 14:57, an order cancelled after a few seconds, a large purchase days before a report. The
 * candidates are sampled (reservoir sampling) from the written trading, so each false alarm
 * points at something that really happened.
 */
import type { Typology } from '../../shared/dictionary/types';
import type { AccountProfile } from './accounts';
import { atClock } from './clock';
import type { WrittenDay } from './dayOrderBook';
import { round } from './format';
import type { InstrumentProfile } from './instruments';
import type { Random } from './random';
import { GBDT_MODEL, SEQUENCE_MODEL } from './sandboxModels';
import type { Detection } from './schemes/types';

interface Candidate {
  typology: Typology;
  account: AccountProfile;
  instrument: InstrumentProfile;
  day: number;
  qty: number;
  /** CNY at the order's price. */
  value: number;
  /** Cancel lifetime in ms, for spoofing candidates. */
  lifetimeMs: number;
}

export interface BackgroundAlarm {
  id: string;
  account: AccountProfile;
  day: number;
  detection: Detection;
}

const CATEGORIES: readonly Typology[] = [
  'marking_close',
  'spoofing',
  'continuous_trading',
  'insider_trading',
];
const RESERVOIR_SIZE = 40;
const LATE_BUY_FROM = atClock(14, 55);

export function backgroundAlarmCountFor(scale: number): number {
  return Math.max(4, Math.round(15 * scale));
}

export class BackgroundAlarmSampler {
  private readonly reservoirs = new Map<Typology, { seen: number; kept: Candidate[] }>(
    CATEGORIES.map((typology) => [typology, { seen: 0, kept: [] }]),
  );

  /** `reportDays`: for each instrument index, the trading days its reports come out. */
  constructor(
    private readonly instruments: readonly InstrumentProfile[],
    private readonly reportDays: ReadonlyMap<number, readonly number[]>,
    private readonly random: Random,
  ) {}

  private offer(candidate: Candidate): void {
    const reservoir = this.reservoirs.get(candidate.typology)!;
    reservoir.seen++;
    if (reservoir.kept.length < RESERVOIR_SIZE) reservoir.kept.push(candidate);
    else {
      const at = Math.floor(this.random.next() * reservoir.seen);
      if (at < RESERVOIR_SIZE) reservoir.kept[at] = candidate;
    }
  }

  observe(day: number, written: WrittenDay): void {
    for (const { pending } of written.orders) {
      if (pending.tag !== null || pending.account.reservedBy !== null) continue;
      const value = pending.qty * pending.price;
      const cancelledQuickly =
        pending.status === 'cancelled' &&
        pending.cancelMs !== null &&
        value >= 100_000 &&
        pending.cancelMs - pending.sessionMs < 15_000;
      const filledBuy = pending.side === 'B' && pending.fills.length > 0;
      if (!cancelledQuickly && !filledBuy) continue;
      const candidate = (typology: Typology): Candidate => ({
        typology,
        account: pending.account,
        instrument: this.instruments[pending.instrument]!,
        day,
        qty: pending.qty,
        value: round(value, 2),
        lifetimeMs: pending.cancelMs === null ? 0 : pending.cancelMs - pending.sessionMs,
      });
      if (cancelledQuickly) this.offer(candidate('spoofing'));
      if (!filledBuy) continue;
      if (pending.sessionMs >= LATE_BUY_FROM && value >= 50_000)
        this.offer(candidate('marking_close'));
      if (value >= 1_000_000) this.offer(candidate('continuous_trading'));
      if (value >= 100_000 && this.reportSoon(pending.instrument, day))
        this.offer(candidate('insider_trading'));
    }
  }

  /** A report of the instrument comes out in the next three trading days. */
  private reportSoon(instrument: number, day: number): boolean {
    const reports = this.reportDays.get(instrument);
    return (
      reports !== undefined && reports.some((reportDay) => reportDay > day && reportDay <= day + 3)
    );
  }

  /** `count` false alarms, the categories taken in turn, each account at most once. */
  alarms(count: number): BackgroundAlarm[] {
    const alarms: BackgroundAlarm[] = [];
    const used = new Set<AccountProfile>();
    for (let pass = 0; alarms.length < count && pass < RESERVOIR_SIZE; pass++) {
      for (const typology of CATEGORIES) {
        if (alarms.length === count) break;
        const kept = this.reservoirs.get(typology)!.kept;
        const candidate = kept.find(
          (entry) => !used.has(entry.account) && entry.account.reservedBy === null,
        );
        if (candidate === undefined) continue;
        used.add(candidate.account);
        alarms.push({
          id: `N${String(alarms.length + 1).padStart(3, '0')}`,
          account: candidate.account,
          day: candidate.day,
          detection: detectionOf(candidate, this.random),
        });
      }
    }
    return alarms;
  }
}

function detectionOf(candidate: Candidate, random: Random): Detection {
  const { typology, account, instrument, day, qty } = candidate;
  const score = round(random.between(0.3, 0.62), 2);
  const name = instrument.row.name;
  const base = {
    typology,
    score,
    accounts: [account],
    instruments: [instrument],
    model: typology === 'spoofing' ? SEQUENCE_MODEL : GBDT_MODEL,
    ruleFired: random.chance(0.3),
    delayDays: 1,
    windowDays: [day, day] as const,
  };
  switch (typology) {
    case 'spoofing':
      return {
        ...base,
        describe: () => ({
          features: [
            ['cancel_ratio', 1, 2],
            ['median_cancel_seconds', round(candidate.lifetimeMs / 1000, 2), 3],
            ['largest_order_qty', qty, 1],
            ['opposite_side_fill_qty', 0, 0.5],
          ],
          summary: `${name}申报${qty}股后${round(candidate.lifetimeMs / 1000, 1)}秒内撤单。`,
        }),
      };
    case 'marking_close':
      return {
        ...base,
        describe: () => ({
          features: [
            ['closing_buy_share', 1, 3],
            ['avg_close_impact', round(random.between(0.002, 0.009), 4), 1],
            ['marked_days', 1, 1],
          ],
          summary: `收盘前5分钟买入${name}${qty}股。`,
        }),
      };
    case 'continuous_trading':
      return {
        ...base,
        describe: () => ({
          features: [
            ['volume_share', round(random.between(0.002, 0.02), 3), 2],
            ['price_change', round(random.between(0.01, 0.05), 3), 2],
            ['active_days', 1, 1],
          ],
          summary: `单日大额买入${name}${qty}股。`,
        }),
      };
    default:
      return {
        ...base,
        describe: () => ({
          features: [
            ['bought_in_sensitive_period_value', candidate.value, 2],
            ['insider_relation', 'none', 0.5],
            ['funded_by_insider', false, 0.5],
          ],
          summary: `定期报告披露前3个交易日内买入${name}${qty}股。`,
        }),
      };
  }
}
