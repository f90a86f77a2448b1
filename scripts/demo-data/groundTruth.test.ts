import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import type { GroundTruthScheme } from './groundTruth';
import { CAMPUS_NAT_IP } from './lookalikes/sharedNat';
import { valueHash } from './identifierRegistry';
import type { TinyJurisdiction } from './tinyJurisdiction';
import { GENERATION_TIMEOUT_MS, generateTinyJurisdiction } from './tinyJurisdiction';

const CORE_TYPOLOGIES = [
  'wash_trade',
  'matched_orders',
  'continuous_trading',
  'spoofing',
  'marking_close',
  'insider_trading',
  'front_running',
  'account_control',
] as const;

let run: TinyJurisdiction;

beforeAll(() => {
  run = generateTinyJurisdiction();
}, GENERATION_TIMEOUT_MS);

afterAll(() => rmSync(dirname(run.outDir), { recursive: true, force: true }));

/** Union-find over accounts linked by a shared identifier hash or a transfer (or a common external source). */
function linkedGroups(): (account: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));
  const byHash = new Map<string, string>();
  for (const identifier of run.rows('identifiers')) {
    const key = `${identifier.kind}|${identifier.value_hash}`;
    const other = byHash.get(key);
    if (other === undefined) byHash.set(key, identifier.account);
    else join(other, identifier.account);
  }
  for (const transfer of run.rows('transfers')) {
    // Ordinary bank transfers join an account to its own card; a source paying several accounts joins them.
    join(transfer.from, transfer.to);
  }
  return find;
}

const schemesOf = (typology: string): GroundTruthScheme[] =>
  run.truth.schemes.filter((scheme) => scheme.typology === typology);

describe('planted schemes', () => {
  it('cover every typology, the core ones at least twice', () => {
    for (const typology of TYPOLOGIES)
      expect(schemesOf(typology).length, typology).toBeGreaterThanOrEqual(1);
    for (const typology of CORE_TYPOLOGIES)
      expect(schemesOf(typology).length, typology).toBeGreaterThanOrEqual(2);
  });

  it('are rings: every scheme’s accounts are linked by shared identifiers or fund flows in the data', () => {
    const groupOf = linkedGroups();
    for (const scheme of run.truth.schemes) {
      const groups = new Set(scheme.accounts.map((account) => groupOf(account.id)));
      expect(groups.size, scheme.id).toBe(1);
      expect(scheme.shared_identifiers.length + scheme.transfers.length, scheme.id).toBeGreaterThan(
        0,
      );
    }
  });

  it('list shared identifiers that the identifiers table holds for each named account', () => {
    const held = new Set(
      run.rows('identifiers').map((row) => `${row.account}|${row.kind}|${row.value_hash}`),
    );
    for (const scheme of run.truth.schemes) {
      for (const link of scheme.shared_identifiers) {
        for (const account of link.accounts)
          expect(held.has(`${account}|${link.kind}|${link.value_hash}`), scheme.id).toBe(true);
      }
    }
  });

  it('trade: every scheme that trades has trades of its accounts in its instruments inside its window', () => {
    const trades = run.rows('trades');
    for (const scheme of run.truth.schemes) {
      const accounts = new Set(scheme.accounts.map((account) => account.id));
      const instruments = new Set(scheme.instruments);
      const inside = trades.filter(
        (trade) =>
          accounts.has(trade.account) &&
          instruments.has(trade.instrument) &&
          trade.ts >= scheme.window.from.slice(0, 10) &&
          trade.ts.slice(0, 10) <= scheme.window.to.slice(0, 10),
      );
      expect(inside.length, scheme.id).toBeGreaterThan(0);
    }
  });

  it('are mostly detected, some missed, and their alerts name their accounts', () => {
    const alerts = new Map(run.rows('alerts').map((alert) => [alert.id, alert]));
    const detected = run.truth.schemes.filter((scheme) => scheme.detected);
    expect(detected.length).toBeGreaterThan(run.truth.schemes.length / 2);
    expect(detected.length).toBeLessThan(run.truth.schemes.length);
    for (const scheme of detected) {
      for (const id of scheme.alerts) {
        const alert = alerts.get(id)!;
        expect(alert, id).toBeDefined();
        const accounts = new Set(scheme.accounts.map((account) => account.id));
        expect(
          alert.accounts.some((account) => accounts.has(account)),
          id,
        ).toBe(true);
        expect(alert.score).toBeGreaterThanOrEqual(0.6);
      }
    }
    const all = [...run.truth.alerts.true_positive, ...run.truth.alerts.false_positive].sort();
    expect(all).toEqual([...alerts.keys()].sort());
  });
});

describe('typology signatures', () => {
  const tradesOf = (scheme: GroundTruthScheme) => {
    const accounts = new Set(scheme.accounts.map((account) => account.id));
    return run.rows('trades').filter((trade) => accounts.has(trade.account));
  };

  it('wash trades and matched orders trade inside the ring at one price and size', () => {
    for (const scheme of [...schemesOf('wash_trade'), ...schemesOf('matched_orders')]) {
      const accounts = new Set(scheme.accounts.map((account) => account.id));
      const inRing = tradesOf(scheme).filter(
        (trade) => typeof trade.counterparty === 'string' && accounts.has(trade.counterparty),
      );
      expect(inRing.length, scheme.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('spoofing cancels large orders within seconds', () => {
    for (const scheme of schemesOf('spoofing')) {
      const accounts = new Set(scheme.accounts.map((account) => account.id));
      const cancelled = run
        .rows('orders')
        .filter(
          (order) =>
            accounts.has(order.account) &&
            order.status === 'cancelled' &&
            scheme.instruments.includes(order.instrument),
        );
      expect(cancelled.length, scheme.id).toBeGreaterThanOrEqual(20);
      for (const order of cancelled)
        expect(Date.parse(order.cancel_ts!) - Date.parse(order.ts)).toBeLessThanOrEqual(10_000);
    }
  });

  it('marking the close buys in the last minutes', () => {
    for (const scheme of schemesOf('marking_close')) {
      const buys = tradesOf(scheme).filter((trade) => trade.side === 'B');
      const late = buys.filter((trade) => trade.ts.slice(11, 16) >= '14:52');
      expect(late.length / buys.length, scheme.id).toBeGreaterThan(0.8);
    }
  });

  it('insiders buy between sensitive_from and public_ts', () => {
    const events = new Map(run.rows('events').map((event) => [event.id, event]));
    for (const scheme of schemesOf('insider_trading')) {
      const event = events.get(scheme.events[0]!)!;
      const buys = tradesOf(scheme).filter(
        (trade) => trade.side === 'B' && trade.instrument === event.instrument,
      );
      expect(buys.length, scheme.id).toBeGreaterThan(0);
      for (const buy of buys) {
        expect(Date.parse(buy.ts)).toBeGreaterThan(Date.parse(event.sensitive_from));
        expect(Date.parse(buy.ts)).toBeLessThan(Date.parse(event.public_ts));
      }
    }
  });

  it("front runners trade before the product's orders, same instrument and direction", () => {
    const kinds = new Map(run.rows('accounts').map((account) => [account.id, account.kind]));
    for (const scheme of schemesOf('front_running')) {
      const trades = tradesOf(scheme);
      const product = trades.filter((trade) => kinds.get(trade.account) === 'product');
      const runners = trades.filter((trade) => kinds.get(trade.account) !== 'product');
      const ahead = new Set<string>();
      for (const trade of product) {
        const day = trade.ts.slice(0, 10);
        const first = product.filter(
          (other) => other.ts.slice(0, 10) === day && other.instrument === trade.instrument,
        )[0]!;
        if (
          runners.some(
            (runner) =>
              runner.instrument === trade.instrument &&
              runner.side === trade.side &&
              runner.ts.slice(0, 10) === day &&
              runner.ts < first.ts,
          )
        ) {
          ahead.add(`${day}|${trade.instrument}`);
        }
      }
      expect(ahead.size, scheme.id).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('benign look-alikes', () => {
  it('include a NAT address shared by at least 24 accounts that are in no scheme', () => {
    const inSchemes = new Set(
      run.truth.schemes.flatMap((scheme) => scheme.accounts.map((account) => account.id)),
    );
    const hash = valueHash('ip', CAMPUS_NAT_IP);
    const sharers = new Set(
      run
        .rows('identifiers')
        .filter((row) => row.kind === 'ip' && row.value_hash === hash)
        .map((row) => row.account),
    );
    expect(sharers.size).toBeGreaterThanOrEqual(24);
    for (const account of sharers) expect(inSchemes.has(account)).toBe(false);
    expect(
      run.truth.benign.some((benign) =>
        benign.shared_identifiers.some((link) => link.value_hash === hash),
      ),
    ).toBe(true);
  });

  it('include families, a market maker and a legitimate block order, and draw some false alarms', () => {
    const kinds = new Set(run.truth.benign.map((benign) => benign.kind));
    for (const kind of ['shared_nat_ip', 'family', 'market_maker', 'legitimate_block_order'])
      expect(kinds.has(kind), kind).toBe(true);
    expect(run.truth.benign.some((benign) => benign.false_alarms.length > 0)).toBe(true);
    expect(run.truth.alerts.false_positive.length).toBeGreaterThan(0);
  });

  it('never share an account with a scheme', () => {
    const inSchemes = new Set(
      run.truth.schemes.flatMap((scheme) => scheme.accounts.map((account) => account.id)),
    );
    for (const benign of run.truth.benign)
      for (const account of benign.accounts) expect(inSchemes.has(account), benign.id).toBe(false);
  });

  it('has a market maker that trades with many jurisdiction counterparties', () => {
    const maker = run.truth.benign.find((benign) => benign.kind === 'market_maker')!;
    const counterparties = new Set(
      run
        .rows('trades')
        .filter((trade) => trade.account === maker.accounts[0] && trade.counterparty !== undefined)
        .map((trade) => trade.counterparty),
    );
    expect(counterparties.size).toBeGreaterThanOrEqual(30);
  });
});
