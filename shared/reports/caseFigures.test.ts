import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../dictionary/sampleRows';
import type { Trade } from '../dictionary/types';
import { selectTrades, TradeIndex } from './caseFigures';

const ACCOUNTS = ['A1', 'A2', 'A3', 'A4'];
const CODES = ['600519.SH', '000001.SZ', '300750.SZ'];
const BASE = Date.parse('2026-09-01T09:30:00.000+08:00');
const iso = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 23)}+08:00`;

const tradeArb = fc.record({
  account: fc.constantFrom(...ACCOUNTS),
  instrument: fc.constantFrom(...CODES),
  minute: fc.integer({ min: 0, max: 600 }),
});

describe('TradeIndex.select', () => {
  it('picks the same trades as a plain filter, in time order, for one or several instruments', () => {
    fc.assert(
      fc.property(
        fc.array(tradeArb, { maxLength: 80 }),
        fc.subarray(ACCOUNTS, { minLength: 1 }),
        fc.subarray(CODES, { minLength: 1 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 600 }),
        (rows, accounts, instruments, a, b) => {
          const trades: Trade[] = rows
            .map((row, i) => ({
              ...SAMPLE_ROWS.trades,
              id: `T${i}`,
              account: row.account,
              instrument: row.instrument,
              ts: iso(BASE + row.minute * 60_000),
            }))
            .sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
          const selection = {
            accounts,
            instruments,
            from: iso(BASE + Math.min(a, b) * 60_000),
            to: iso(BASE + Math.max(a, b) * 60_000),
          };
          const expected = selectTrades(trades, selection).map((t) => t.id);
          // Shuffled input: the index orders by time itself.
          const index = new TradeIndex([...trades].reverse());
          const got = index.select(selection);
          expect(got.map((t) => t.id).sort()).toEqual([...expected].sort());
          for (let i = 1; i < got.length; i++)
            expect(Date.parse(got[i]!.ts)).toBeGreaterThanOrEqual(Date.parse(got[i - 1]!.ts));
        },
      ),
    );
  });
});
