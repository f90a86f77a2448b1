/**
 * The 65 trading days, one at a time: price paths, background orders, the schemes' and
 * look-alikes' orders, then orders, trades, bars, transfers and city metrics of the day written
 * and dropped, so memory holds one day however large the scale.
 */
import { BackgroundAlarmSampler } from './backgroundAlarms';
import { BackgroundTrading, tradeCountFor } from './backgroundTrading';
import { BackgroundTransfers } from './backgroundTransfers';
import { TRADING_DAYS } from './calendar';
import { timestampAtDayMs } from './clock';
import type { DailyPrices } from './dailyPrices';
import { simulateDailyPrices } from './dailyPrices';
import { DayOrderBook } from './dayOrderBook';
import { MarketDay } from './marketDay';
import { Random } from './random';
import { RegionMetricsCollector } from './regionMetrics';
import { StatisticsCollector } from './tagStatistics';
import type { TableWriters } from './tableWriters';
import { transferRow } from './transferSchedule';
import type { World } from './world';

export interface TradingOutcome {
  daily: DailyPrices[];
  statistics: StatisticsCollector;
  alarms: BackgroundAlarmSampler;
}

function idSequence(prefix: string, digits: number): () => string {
  let next = 0;
  return () => `${prefix}${String(++next).padStart(digits, '0')}`;
}

function reportDaysByInstrument(world: World): Map<number, number[]> {
  const dayOfDate = new Map(TRADING_DAYS.map((date, day) => [date, day]));
  const indexOfCode = new Map(
    world.instruments.map((instrument) => [instrument.row.code, instrument.index]),
  );
  const days = new Map<number, number[]>();
  for (const event of world.events.events) {
    if (event.type !== 'earnings') continue;
    const day = dayOfDate.get(event.public_ts.slice(0, 10));
    const instrument = indexOfCode.get(event.instrument);
    if (day === undefined || instrument === undefined) continue;
    days.set(instrument, [...(days.get(instrument) ?? []), day]);
  }
  return days;
}

export function simulateTradingPeriod(
  world: World,
  writers: TableWriters,
  log: (line: string) => void,
): TradingOutcome {
  const { seed, instruments } = world;
  const daily = simulateDailyPrices(instruments, world.effects, seed);
  const background = new BackgroundTrading(
    world.accounts,
    instruments,
    tradeCountFor(world.scale),
    seed,
  );
  const backgroundTransfers = new BackgroundTransfers(world.accounts, seed);
  const statistics = new StatisticsCollector();
  const metrics = new RegionMetricsCollector(world.accounts);
  const alarms = new BackgroundAlarmSampler(
    instruments,
    reportDaysByInstrument(world),
    Random.derive(seed, 'false-alarms'),
  );
  const nextOrderId = idSequence('O', 8);
  const nextTradeId = idSequence('T', 8);
  const nextTransferId = idSequence('F', 7);

  TRADING_DAYS.forEach((date, day) => {
    const market = new MarketDay(day, date, instruments, daily, world.effects, seed);
    const book = new DayOrderBook(market);
    background.tradeDay(book, day);
    for (const scheme of world.schemes)
      scheme.trade(book, day, Random.derive(seed, 'scheme-orders', scheme.id, day));
    for (const lookAlike of world.lookAlikes)
      lookAlike.trade?.(book, day, Random.derive(seed, 'look-alike-orders', lookAlike.id, day));

    const written = book.finish(date, nextOrderId, nextTradeId);
    for (const { order } of written.orders) writers.orders.write(order);
    for (const { trade } of written.trades) writers.trades.write(trade);
    const bars = instruments.map((instrument) => market.bar(instrument.index));
    writers.market_bars.writeAll(bars);
    statistics.observe(day, written);
    statistics.addBarVolumes(bars);
    alarms.observe(day, written);
    for (const lookAlike of world.lookAlikes) lookAlike.observe?.(day, written);
    writers.region_metrics.writeAll(metrics.rowsFor(date, written));

    const transfers = [...world.transfers.on(day), ...backgroundTransfers.on(day)].sort(
      (a, b) => a.dayMs - b.dayMs,
    );
    for (const transfer of transfers) {
      transfer.id = nextTransferId();
      writers.transfers.write(transferRow(transfer, timestampAtDayMs(date, transfer.dayMs)));
    }
    if (day % 13 === 12) log(`  ${date}: ${writers.trades.rows} trades so far`);
  });
  return { daily, statistics, alarms };
}
