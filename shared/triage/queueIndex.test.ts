import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QueueRow } from './queueIndex';
import { QueueIndex, SORT_KEYS } from './queueIndex';

function row(id: string, overrides: Partial<QueueRow> = {}): QueueRow {
  return {
    key: `gd:${id}`,
    dataset: 'gd',
    id,
    source: 'sandbox',
    typology: 'wash_trade',
    score: 0.5,
    created: Date.parse('2026-08-01T00:00:00Z'),
    summary: `alert ${id}`,
    accounts: ['A1'],
    instruments: ['600000'],
    region: '440300',
    broker: 'B1',
    status: 'new',
    assignee: null,
    disposition: null,
    severity: null,
    labelStatus: 'none',
    tags: [],
    snoozedUntil: Number.NaN,
    ...overrides,
  };
}

const NOW = Date.parse('2026-11-26T00:00:00Z');
const ids = (index: QueueIndex, rows: Uint32Array) => [...rows].map((i) => index.row(i).id);

describe('QueueIndex', () => {
  const index = new QueueIndex([
    row('AL-3', { score: 0.9, typology: 'spoofing', summary: '大额撤单 虚假申报', region: '440100' }),
    row('AL-1', { score: 0.4, broker: 'B2', instruments: ['000001'] }),
    row('AL-2', { score: 0.7, status: 'closed', assignee: 'u-li', disposition: 'false_positive' }),
    row('AL-4', { score: 0.6, source: 'local', snoozedUntil: NOW + 86_400_000 }),
  ]);
  const byScore = { key: 'score' as const, descending: true };

  it('sorts by score, highest first, leaving snoozed alerts out', () => {
    const result = index.query({ filter: {}, sort: byScore, now: NOW });
    expect(ids(index, result.rows)).toEqual(['AL-3', 'AL-2', 'AL-1']);
    expect(result.statusCounts).toEqual({ new: 2, in_review: 0, escalated: 0, closed: 1 });
  });

  it('sorts by the risk model’s estimate once one is set, by score until then and for rows it leaves out', () => {
    const fresh = new QueueIndex([
      row('AL-3', { score: 0.9 }),
      row('AL-1', { score: 0.4 }),
      row('AL-2', { score: 0.7 }),
    ]);
    const byRisk = { key: 'risk' as const, descending: true };
    const order = () => ids(fresh, fresh.query({ filter: {}, sort: byRisk, now: NOW }).rows);
    expect(order()).toEqual(['AL-3', 'AL-2', 'AL-1']);
    fresh.setRisk(['gd:AL-1', 'gd:AL-3', 'gd:AL-9'], [0.95, 0.1, 0.99]);
    expect(order()).toEqual(['AL-1', 'AL-2', 'AL-3']);
    fresh.setRisk([], []);
    expect(order()).toEqual(['AL-3', 'AL-2', 'AL-1']);
  });

  it('filters by typology, region, broker, instrument, assignee, label and source', () => {
    const q = (filter: object) =>
      ids(index, index.query({ filter: { includeSnoozed: true, ...filter }, sort: byScore, now: NOW }).rows);
    expect(q({ typologies: ['spoofing'] })).toEqual(['AL-3']);
    expect(q({ regions: ['440100'] })).toEqual(['AL-3']);
    expect(q({ brokers: ['B2'] })).toEqual(['AL-1']);
    expect(q({ instrument: '000001' })).toEqual(['AL-1']);
    expect(q({ assignee: 'u-li' })).toEqual(['AL-2']);
    expect(q({ assignee: '' })).toEqual(['AL-3', 'AL-4', 'AL-1']);
    expect(q({ label: 'false_positive' })).toEqual(['AL-2']);
    expect(q({ source: 'local' })).toEqual(['AL-4']);
    expect(q({ minScore: 0.5, maxScore: 0.8 })).toEqual(['AL-2', 'AL-4']);
    expect(q({ regions: ['999999'] })).toEqual([]);
  });

  it('counts statuses over the other filters and then applies the status filter', () => {
    const result = index.query({ filter: { statuses: ['closed'] }, sort: byScore, now: NOW });
    expect(ids(index, result.rows)).toEqual(['AL-2']);
    expect(result.statusCounts.new).toBe(2);
  });

  it('searches every word of the summary, id, accounts and instruments', () => {
    const q = (text: string) =>
      ids(index, index.query({ filter: { text }, sort: byScore, now: NOW }).rows);
    expect(q('虚假申报')).toEqual(['AL-3']);
    expect(q('al-1 000001')).toEqual(['AL-1']);
    expect(q('al-1 600000')).toEqual([]);
  });

  it('moves a row when its workflow changes', () => {
    const copy = new QueueIndex([row('X1'), row('X2')]);
    expect(copy.update('gd:X2', { status: 'escalated', assignee: 'u-wang' })).toBe(true);
    const result = copy.query({ filter: { statuses: ['escalated'] }, sort: byScore, now: NOW });
    expect(ids(copy, result.rows)).toEqual(['X2']);
    expect(copy.row(copy.indexOf('gd:X2') ?? -1).assignee).toBe('u-wang');
    expect(copy.update('gd:nope', { status: 'closed' })).toBe(false);
  });

  it('returns the same order as sorting the objects, for any scores', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 60 }), (scores) => {
        const rows = scores.map((score, i) => row(`R${String(i).padStart(3, '0')}`, { score: score / 100 }));
        const queue = new QueueIndex(rows);
        const got = ids(queue, queue.query({ filter: {}, sort: { key: 'score', descending: false }, now: NOW }).rows);
        const expected = [...rows]
          .sort((a, b) => Math.fround(a.score) - Math.fround(b.score) || (a.id < b.id ? -1 : 1))
          .map((r) => r.id);
        expect(got).toEqual(expected);
      }),
    );
  });

  it('sorts by every key in both directions like a reference sort, ties in id order', () => {
    const regions = ['440300', '440100', '440600'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 })), { maxLength: 40 }),
        fc.constantFrom(...SORT_KEYS),
        fc.boolean(),
        (specs, key, descending) => {
          const rows = specs.map(([score, region, day], i) =>
            row(`R${String((i * 7919) % 1000).padStart(3, '0')}-${i}`, {
              score: score / 5,
              region: regions[region] as string,
              broker: `B${region}`,
              created: Date.parse('2026-08-01T00:00:00Z') + day * 86_400_000,
              typology: score % 2 === 0 ? 'spoofing' : 'wash_trade',
              status: (['new', 'in_review', 'closed'] as const)[region] ?? 'new',
              assignee: day % 2 === 0 ? null : `u-${day}`,
            }),
          );
          const queue = new QueueIndex(rows);
          const got = ids(queue, queue.query({ filter: {}, sort: { key, descending }, now: NOW }).rows);
          const value = (r: QueueRow): number | string => {
            switch (key) {
              // With no risk model set, the risk is the score.
              case 'risk':
              case 'score':
                return Math.fround(r.score);
              case 'created':
                return r.created;
              case 'typology':
                return ['continuous_trading', 'matched_orders', 'wash_trade', 'spoofing'].indexOf(r.typology);
              case 'status':
                return ['new', 'in_review', 'escalated', 'closed'].indexOf(r.status);
              case 'region':
                return r.region;
              case 'broker':
                return r.broker;
              case 'assignee':
                return r.assignee ?? '';
              case 'id':
                return r.id;
            }
          };
          const expected = [...rows]
            .sort((a, b) => {
              const [x, y] = [value(a), value(b)];
              const order = x < y ? -1 : x > y ? 1 : 0;
              return (descending ? -order : order) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
            })
            .map((r) => r.id);
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});
