import { describe, expect, it } from 'vitest';
import type { Alert } from '../dictionary/types';
import { dedupAgainstSandbox, LOCAL_FEATURE_PREFIX, withoutSubsumed } from './dedup';

const alert = (overrides: Partial<Alert>): Alert => ({
  id: 'X',
  typology: 'wash_trade',
  score: 0.5,
  created: '2026-08-01T08:00:00+08:00',
  accounts: ['A1', 'A2'],
  instruments: ['600001.SH'],
  window: { from: '2026-07-10T09:30:00+08:00', to: '2026-07-20T15:00:00+08:00' },
  model: 'm',
  features: [{ name: 'f', value: 1, contribution: 0.2 }],
  summary: 's',
  ...overrides,
});

describe('dedup against the sandbox alerts', () => {
  const sandbox = alert({ id: 'AL-1', model: 'sandbox-gbdt', score: 0.7, accounts: ['A1'] });

  it('raises the matching sandbox alert with the local features instead of adding one', () => {
    const local = alert({
      id: 'LOCAL-1',
      score: 0.9,
      accounts: ['A1', 'A3'],
      window: { from: '2026-07-15T09:30:00+08:00', to: '2026-07-25T15:00:00+08:00' },
      features: [{ name: 'matched_trades', value: 40, contribution: 0.4 }],
    });
    const result = dedupAgainstSandbox([local], [sandbox]);
    expect(result.fresh).toEqual([]);
    expect(result.matches).toEqual([{ local: 'LOCAL-1', sandbox: 'AL-1' }]);
    const [raised] = result.raised;
    expect(raised).toMatchObject({ id: 'AL-1', model: 'sandbox-gbdt', score: 0.9 });
    expect(raised!.accounts.sort()).toEqual(['A1', 'A3']);
    expect(raised!.window).toEqual({
      from: sandbox.window.from,
      to: '2026-07-25T15:00:00.000+08:00',
    });
    expect(raised!.features.map((feature) => feature.name)).toEqual([
      'f',
      `${LOCAL_FEATURE_PREFIX}matched_trades`,
    ]);
  });

  it.each([
    ['another typology', { typology: 'spoofing' as const }],
    ['no account in common', { accounts: ['B1'] }],
    ['no instrument in common', { instruments: ['000002.SZ'] }],
    [
      'windows apart',
      { window: { from: '2026-08-10T09:30:00+08:00', to: '2026-08-20T15:00:00+08:00' } },
    ],
  ])('keeps a local alert with %s as a new alert', (_case, overrides) => {
    const local = alert({ id: 'LOCAL-2', ...overrides });
    const result = dedupAgainstSandbox([local], [sandbox]);
    expect(result.fresh).toEqual([local]);
    expect(result.raised).toEqual([]);
  });

  it('folds two local alerts that match one sandbox alert into one raise', () => {
    const a = alert({ id: 'L-a', accounts: ['A1'], score: 0.6 });
    const b = alert({ id: 'L-b', accounts: ['A1', 'A2'], score: 0.8 });
    const result = dedupAgainstSandbox([a, b], [sandbox]);
    expect(result.raised).toHaveLength(1);
    expect(result.raised[0]!.score).toBe(0.8);
    expect(
      result.raised[0]!.features.filter((f) => f.name.startsWith(LOCAL_FEATURE_PREFIX)),
    ).toHaveLength(2);
  });
});

describe('broad findings subsumed by specific ones', () => {
  it('drops account control over accounts a manipulation alert already names, keeps the rest', () => {
    const wash = alert({ id: 'W', accounts: ['A1', 'A2', 'A3'] });
    const covered = alert({ id: 'C1', typology: 'account_control', accounts: ['A1', 'A3'] });
    const wider = alert({ id: 'C2', typology: 'account_control', accounts: ['A1', 'A9'] });
    expect(withoutSubsumed([wash, covered, wider]).map((a) => a.id)).toEqual(['W', 'C2']);
  });

  it('keeps a short-swing finding on another instrument', () => {
    const insider = alert({ id: 'I', typology: 'insider_trading', accounts: ['A1'] });
    const swing = alert({
      id: 'O',
      typology: 'other',
      accounts: ['A1'],
      instruments: ['000009.SZ'],
    });
    expect(withoutSubsumed([insider, swing]).map((a) => a.id)).toEqual(['I', 'O']);
  });
});
