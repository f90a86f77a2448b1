import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarketBar } from '../../shared/dictionary/types';
import { TRADING_DAYS } from './calendar';
import type { TinyJurisdiction } from './tinyJurisdiction';
import { GENERATION_TIMEOUT_MS, generateTinyJurisdiction } from './tinyJurisdiction';

let run: TinyJurisdiction;
let bars: Map<string, MarketBar>;

beforeAll(() => {
  run = generateTinyJurisdiction();
  bars = new Map(run.rows('market_bars').map((bar) => [`${bar.instrument}|${bar.date}`, bar]));
}, GENERATION_TIMEOUT_MS);

afterAll(() => rmSync(dirname(run.outDir), { recursive: true, force: true }));

describe('market bars', () => {
  it('exist for every instrument on every trading day of 2026 Q3, and no other day', () => {
    expect(TRADING_DAYS).toHaveLength(65);
    expect(TRADING_DAYS).not.toContain('2026-09-25');
    expect(
      TRADING_DAYS.every((date) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())),
    ).toBe(true);
    const instruments = run.rows('instruments');
    expect(bars.size).toBe(instruments.length * TRADING_DAYS.length);
    const missing = instruments.flatMap((instrument) =>
      TRADING_DAYS.filter((date) => !bars.has(`${instrument.code}|${date}`)).map(
        (date) => `${instrument.code} ${date}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('have open and close within [low, high] and consistent turnover', () => {
    const wrong = [...bars.values()].filter(
      (bar) =>
        !(bar.low > 0) ||
        bar.open < bar.low ||
        bar.open > bar.high ||
        bar.close < bar.low ||
        bar.close > bar.high ||
        bar.turnover < bar.low * bar.volume * 0.999 ||
        bar.turnover > bar.high * bar.volume * 1.001,
    );
    expect(wrong).toEqual([]);
  });

  it('contain every trade: its price within the day’s range, its volume within the day’s volume', () => {
    const traded = new Map<string, number>();
    const outside: string[] = [];
    for (const trade of run.rows('trades')) {
      const key = `${trade.instrument}|${trade.ts.slice(0, 10)}`;
      const bar = bars.get(key)!;
      if (trade.price < bar.low || trade.price > bar.high) outside.push(trade.id);
      // A trade between two jurisdiction accounts is written once per side.
      traded.set(
        key,
        (traded.get(key) ?? 0) + (trade.counterparty === undefined ? trade.qty : trade.qty / 2),
      );
    }
    expect(outside).toEqual([]);
    expect([...traded].filter(([key, qty]) => bars.get(key)!.volume < qty)).toEqual([]);
  });

  it('stay within the daily price limit of the previous close', () => {
    const instruments = new Map(
      run.rows('instruments').map((instrument) => [instrument.code, instrument]),
    );
    const beyond: string[] = [];
    for (const instrument of instruments.values()) {
      const limit = instrument.board === '主板' ? 0.1 : instrument.board === '北交所' ? 0.3 : 0.2;
      for (let day = 1; day < TRADING_DAYS.length; day++) {
        const previous = bars.get(`${instrument.code}|${TRADING_DAYS[day - 1]}`)!.close;
        const bar = bars.get(`${instrument.code}|${TRADING_DAYS[day]}`)!;
        const up = Math.round(previous * (1 + limit) * 100) / 100;
        const down = Math.round(previous * (1 - limit) * 100) / 100;
        if (bar.high > up + 1e-9 || bar.low < down - 1e-9)
          beyond.push(`${instrument.code} ${TRADING_DAYS[day]}`);
      }
    }
    expect(beyond).toEqual([]);
  });
});
