import { describe, expect, it } from 'vitest';
import type { Account, AccountIdentifier, IdentifierKind, Trade } from '../dictionary/types';
import { LinkModelBuilder } from './linkModelBuilder';
import { neighbourhood } from './neighbourhood';
import { DEFAULT_LINK_FILTER } from './types';

const account = (id: string): Account => ({
  id,
  broker: 'B01',
  branch: 'BR1',
  region: '440100',
  kind: 'individual',
  opened: '2020-01-02',
  risk_level: 'C3',
  holder_masked: '张*',
  status: 'active',
});
const identifier = (acc: string, kind: IdentifierKind, hash: string): AccountIdentifier => ({
  account: acc,
  kind,
  value_hash: hash,
  first_seen: '2026-07-01T09:00:00+08:00',
  last_seen: '2026-09-01T15:00:00+08:00',
});
const trade = (
  acc: string,
  ts: string,
  side: 'B' | 'S',
  counterparty: string | null = null,
): Trade => ({
  id: `${acc}${ts}`,
  order: 'O',
  account: acc,
  counterparty,
  instrument: '600000.SH',
  ts,
  side,
  price: 10,
  qty: 100,
});

describe('link model', () => {
  it('ties accounts on a shared device, but sets aside an IP shared by more than the threshold', () => {
    const builder = new LinkModelBuilder();
    const crowd = Array.from({ length: 30 }, (_, i) => `N${i}`);
    for (const id of ['A', 'B', ...crowd]) builder.addAccount(account(id));
    builder.addIdentifier(identifier('A', 'device', 'd1'));
    builder.addIdentifier(identifier('B', 'device', 'd1'));
    for (const id of ['A', ...crowd]) builder.addIdentifier(identifier(id, 'ip', 'nat'));
    const model = builder.finish();

    const seen = neighbourhood(model, ['A'], 2, DEFAULT_LINK_FILTER);
    expect(seen.nodes).toEqual(['A', 'B']);
    expect(seen.edges.map((edge) => edge.type)).toEqual(['device']);
    expect(model.setAsideHubs(DEFAULT_LINK_FILTER)).toEqual([
      { kind: 'ip', value: 'nat', accounts: 31 },
    ]);

    // Near a graph, only the values its nodes carry are listed.
    expect(model.setAsideHubs(DEFAULT_LINK_FILTER, new Set(['B']))).toEqual([]);
    expect(model.setAsideHubs(DEFAULT_LINK_FILTER, new Set(['N3']))).toHaveLength(1);

    const loose = neighbourhood(model, ['A'], 1, { ...DEFAULT_LINK_FILTER, maxSharedAccounts: 40 });
    expect(loose.nodes).toHaveLength(32);
    // The more accounts share a value, the less each tie through it weighs.
    const ipTie = loose.edges.find((edge) => edge.type === 'ip')!;
    const deviceTie = loose.edges.find((edge) => edge.type === 'device')!;
    expect(ipTie.weight).toBeLessThan(deviceTie.weight / 10);
  });

  it('ties accounts funded from one external card, not through a card only one account uses', () => {
    const builder = new LinkModelBuilder();
    for (const id of ['A', 'B', 'C']) builder.addAccount(account(id));
    const transfer = (id: string, from: string, to: string, amount: number) =>
      builder.addTransfer({
        id,
        from,
        to,
        amount,
        ts: '2026-07-02T10:00:00+08:00',
        channel: 'bank',
      });
    transfer('F1', 'EXT:CARD-funder', 'A', 100_000);
    transfer('F2', 'EXT:CARD-funder', 'B', 120_000);
    transfer('F3', 'EXT:CARD-own', 'C', 5_000);
    transfer('F4', 'A', 'B', 1_000);
    transfer('F5', 'B', 'A', 3_000);
    const model = builder.finish();

    const fromA = neighbourhood(model, ['A'], 1, DEFAULT_LINK_FILTER);
    expect(fromA.nodes).toEqual(['A', 'B', 'EXT:CARD-funder']);
    const between = fromA.edges.find((edge) => edge.id === 'transfer:A|B')!;
    expect(between).toMatchObject({
      source: 'B',
      target: 'A',
      count: 2,
      amount: 4_000,
      bothWays: true,
    });
    expect(neighbourhood(model, ['C'], 2, DEFAULT_LINK_FILTER).nodes).toEqual(['C']);
  });

  it('needs repeated trades between counterparties and repeated co-trading before it ties them', () => {
    const builder = new LinkModelBuilder({ coTradingWindowMinutes: 10 });
    for (const id of ['A', 'B', 'C', 'D']) builder.addAccount(account(id));
    for (const day of ['01', '02', '03']) {
      // Both sides of an A–B trade are written, as the sandbox does: three trades, not six.
      builder.addTrade(trade('A', `2026-07-${day}T10:00:00+08:00`, 'B', 'B'));
      builder.addTrade(trade('B', `2026-07-${day}T10:00:00+08:00`, 'S', 'A'));
      // C buys five minutes after A on three days; D buys two hours later.
      builder.addTrade(trade('C', `2026-07-${day}T10:05:00+08:00`, 'B'));
      builder.addTrade(trade('D', `2026-07-${day}T12:00:00+08:00`, 'B'));
    }
    builder.addTrade(trade('C', '2026-07-06T10:00:00+08:00', 'S', 'D'));
    const model = builder.finish();
    const seen = neighbourhood(model, ['A'], 1, DEFAULT_LINK_FILTER);
    expect(seen.nodes).toEqual(['A', 'B', 'C']);
    const counterparty = seen.edges.find((edge) => edge.type === 'counterparty')!;
    expect(counterparty.count).toBe(3);
    expect(seen.edges.find((edge) => edge.id === 'co_trading:A|C')?.count).toBe(3);
    // One trade between C and D is not a tie at the default threshold of three.
    expect(neighbourhood(model, ['D'], 1, DEFAULT_LINK_FILTER).nodes).toEqual(['D']);
    const strict = { ...DEFAULT_LINK_FILTER, minCoTradingOccasions: 4 };
    expect(neighbourhood(model, ['A'], 1, strict).nodes).toEqual(['A', 'B']);
  });

  it('links insiders to their event and filters ties by time window', () => {
    const builder = new LinkModelBuilder();
    for (const id of ['A', 'B']) builder.addAccount(account(id));
    builder.addEvent({
      id: 'EV1',
      instrument: '600000.SH',
      type: 'merger',
      title: '重组',
      public_ts: '2026-08-10T20:00:00+08:00',
      sensitive_from: '2026-07-20T09:00:00+08:00',
    });
    builder.addInsider({ event: 'EV1', account: 'A', relation: 'officer' });
    builder.addInsider({ event: 'EV1', account: 'B', relation: 'relative' });
    const model = builder.finish();
    expect(neighbourhood(model, ['A'], 2, DEFAULT_LINK_FILTER).nodes).toEqual([
      'A',
      'B',
      'event:EV1',
    ]);
    const before = { ...DEFAULT_LINK_FILTER, to: Date.parse('2026-07-01T00:00:00+08:00') };
    expect(neighbourhood(model, ['A'], 2, before).nodes).toEqual(['A']);
  });
});
