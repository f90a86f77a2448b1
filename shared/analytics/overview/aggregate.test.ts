import { describe, expect, it } from 'vitest';
import type { Account, Alert, Branch, Region } from '../../dictionary/types';
import type { AlertStatus } from './alertStatus';
import { regionDetailOf, summarisePeriod, timelineOf } from './aggregate';
import { OverviewCubeBuilder, statedPeriod } from './cube';
import { dayOfIsoDate, isoDateOfDay } from './days';
import { classOf, quantileBreaks } from './scale';

const regions: Region[] = [
  { code: '440000', name: '广东省', level: 'province', parent: null, centroid: [113, 23] },
  { code: '440100', name: '广州市', level: 'city', parent: '440000', centroid: [113.3, 23.1] },
  { code: '440300', name: '深圳市', level: 'city', parent: '440000', centroid: [114.1, 22.6] },
];
const branches: Branch[] = [
  { id: 'BR1', broker: 'K1', name: '天河营业部', region: '440100', location: [113.3, 23.1] },
  { id: 'BR2', broker: 'K2', name: '福田营业部', region: '440300', location: [114.1, 22.6] },
];
const account = (id: string, region: string, branch: string, broker: string): Account => ({
  id,
  region,
  branch,
  broker,
  kind: 'individual',
  opened: '2020-01-01',
  risk_level: 'C3',
  holder_masked: '张*',
  status: 'active',
});
const accounts = [
  account('A1', '440100', 'BR1', 'K1'),
  account('A2', '440100', 'BR1', 'K1'),
  account('A3', '440300', 'BR2', 'K2'),
];
const alert = (id: string, created: string, accounts: string[], score: number): Alert => ({
  id,
  typology: id.startsWith('W') ? 'wash_trade' : 'spoofing',
  score,
  created,
  accounts,
  instruments: [],
  window: { from: created, to: created },
  model: 'm',
  features: [],
  summary: id,
});
const alerts = [
  alert('W1', '2026-07-01T16:00:00+08:00', ['A1', 'A2'], 0.9),
  alert('S1', '2026-07-02T09:00:00+08:00', ['A1', 'A3'], 0.5),
  // 23:30 UTC on 07-02 is 07-03 in the jurisdiction.
  alert('S2', '2026-07-02T23:30:00Z', ['A3'], 0.8),
];

function ms(timestamp: string): number {
  return Date.parse(timestamp);
}

function cube() {
  const days = statedPeriod({ from: '2026-07-01', to: '2026-07-02' });
  const builder = new OverviewCubeBuilder('gd', 'gd#1', days, regions, [], branches);
  builder.addAccounts(accounts);
  const labels = ['A1', 'A3', 'UNKNOWN'];
  builder.addTrades({
    rows: 4,
    accountCodes: Uint16Array.from([0, 0, 1, 2]),
    accountLabels: labels,
    tsMs: Float64Array.from([
      ms('2026-07-01T10:00:00+08:00'),
      ms('2026-07-02T10:00:00+08:00'),
      ms('2026-07-03T10:00:00+08:00'),
      ms('2026-07-03T10:00:00+08:00'),
    ]),
    price: Float64Array.from([10, 20, 5, 1]),
    qty: Float64Array.from([100, 100, 200, 100]),
  });
  builder.addRegionMetrics({
    rows: 2,
    region: (i) => ['440100', '440300'][i] ?? null,
    metric: () => 'new_accounts',
    dateMs: Float64Array.from([Date.parse('2026-07-01'), Date.parse('2026-07-03')]),
    value: Float64Array.from([3, 4]),
  });
  return builder.build(alerts);
}

const open = (): AlertStatus => 'new';
const july = (day: number) => dayOfIsoDate(`2026-07-0${day}`);

describe('overview aggregation', () => {
  it('counts alerts, accounts, trading and metrics per region over the whole period', () => {
    const c = cube();
    expect(c.unplacedTrades).toBe(1);
    const summary = summarisePeriod([c], open, { from: july(1), to: july(3) }, july(3));
    const gz = summary.regions['440100']!;
    expect(gz.openAlerts).toBe(2);
    expect(gz.accountsUnderAlert).toBe(2);
    expect(gz.alertScore).toBeCloseTo(1.4);
    expect(gz.tradeCount).toBe(2);
    expect(gz.turnover).toBe(3000);
    expect(summary.regions['440300']!.openAlerts).toBe(2);
    expect(summary.regions['440000']!.openAlerts).toBe(3);
    expect(summary.regions['440000']!.metrics.new_accounts).toBe(7);
    expect(summary.kpis).toEqual({
      openAlerts: 3,
      newToday: 1,
      underReview: 0,
      escalated: 0,
      accountsUnderAlert: 3,
    });
    expect(summary.branches.find((b) => b.id === 'BR1')).toMatchObject({
      openAlerts: 2,
      tradeCount: 2,
    });
  });

  it('narrows every figure to the period, by jurisdiction day', () => {
    const summary = summarisePeriod([cube()], open, { from: july(3), to: july(3) }, july(3));
    expect(summary.regions['440100']).toMatchObject({ openAlerts: 0, tradeCount: 0 });
    expect(summary.regions['440300']).toMatchObject({
      openAlerts: 1,
      tradeCount: 1,
      turnover: 1000,
    });
    expect(summary.regions['440300']!.metrics.new_accounts).toBe(4);
    expect(summary.typologies).toEqual({ spoofing: 1 });
  });

  it('leaves closed alerts out and counts review and escalation', () => {
    const statuses: Record<string, AlertStatus> = {
      'gd:W1': 'closed',
      'gd:S1': 'escalated',
      'gd:S2': 'in_review',
    };
    const summary = summarisePeriod(
      [cube()],
      (key) => statuses[key] ?? 'new',
      { from: july(1), to: july(3) },
      0,
    );
    expect(summary.kpis.openAlerts).toBe(2);
    expect(summary.kpis.escalated).toBe(1);
    expect(summary.kpis.underReview).toBe(1);
    expect(summary.regions['440100']!.openAlerts).toBe(1);
  });

  it('spans the days of the data when the package states no period', () => {
    const withPeriod = cube();
    const builder = new OverviewCubeBuilder(
      'gd',
      'gd#1',
      statedPeriod({ from: '', to: '' }),
      regions,
      [],
      branches,
    );
    builder.addAccounts(accounts);
    const bare = builder.build(alerts);
    // Alert S2 falls on 07-03, past the stated period: the span widens to take it in.
    expect(withPeriod.days).toEqual({ from: july(1), to: july(3) });
    expect(bare.days).toEqual({ from: july(1), to: july(3) });
  });

  it('draws a daily timeline and a region panel', () => {
    const c = cube();
    const timeline = timelineOf([c], open, '440300')!;
    expect(isoDateOfDay(timeline.days.from)).toBe('2026-07-01');
    expect(timeline.openAlerts).toEqual([0, 1, 1]);
    expect(timeline.tradeCount).toEqual([0, 0, 1]);
    const detail = regionDetailOf([c], open, { from: july(1), to: july(3) }, '440100', 0);
    expect(detail.trend).toEqual([
      { typology: 'spoofing', counts: [0, 1, 0] },
      { typology: 'wash_trade', counts: [1, 0, 0] },
    ]);
    expect(detail.accounts.map((a) => a.id)).toEqual(['A1', 'A2']);
    expect(detail.branches[0]).toMatchObject({ id: 'BR1', openAlerts: 2, tradeCount: 2 });
    expect(detail.recentAlerts.map((a) => a.id)).toEqual(['W1']);
  });
});

describe('choropleth breaks', () => {
  it('splits non-zero values into rising classes', () => {
    const breaks = quantileBreaks([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
    expect(breaks[breaks.length - 1]).toBe(10);
    expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
    expect(classOf(0, breaks)).toBe(-1);
    expect(classOf(1, breaks)).toBe(0);
    expect(classOf(10, breaks)).toBe(breaks.length - 1);
  });
});
