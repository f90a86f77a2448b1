import { describe, expect, it } from 'vitest';
import { controlledGroups, sameControllerGroups } from './accountGroups';
import { buildLinkGraph } from './links';
import type { MarketData } from './marketData';

/** Only the parts of MarketData that linking reads. */
function linkedData(
  partial: Pick<MarketData, 'sharedValues' | 'accountTransfers' | 'sharedOutsideParties'>,
) {
  return partial as MarketData;
}

describe('account groups (账户组)', () => {
  // 0–1 share a device; 1–2 an IP and a payment; 3–4 only an address; 5 stands alone.
  const data = linkedData({
    sharedValues: [
      { kind: 'device', accounts: [0, 1] },
      { kind: 'ip', accounts: [1, 2] },
      { kind: 'address', accounts: [3, 4] },
    ],
    accountTransfers: [{ from: 1, to: 2, amount: 380_000, ts: 0, channel: 'third_party' }],
    sharedOutsideParties: [],
  });
  const links = buildLinkGraph(data);

  it('joins accounts whose ties add up to one controller, and no others', () => {
    const groups = controlledGroups(links, 6);
    const groupOf = (account: number) => groups.members[groups.groupOf[account]!]!.sort();
    expect(groupOf(0)).toEqual([0, 1, 2]);
    expect(groupOf(3)).toEqual([3]);
    expect(groupOf(5)).toEqual([5]);
  });

  it('keeps a payment or an IP out of the same-controller groups', () => {
    const groups = sameControllerGroups(links, 6);
    expect(groups.members[groups.groupOf[0]!]!.sort()).toEqual([0, 1]);
    expect(groups.members[groups.groupOf[2]!]).toEqual([2]);
  });

  it('splits a chain too long for one controller into communities', () => {
    // Two cliques of 6 joined by one shared device.
    const clique = (from: number) => ({
      kind: 'device' as const,
      accounts: Array.from({ length: 6 }, (_, i) => from + i),
    });
    const chain = buildLinkGraph(
      linkedData({
        sharedValues: [clique(0), clique(6), { kind: 'phone', accounts: [5, 6] }],
        accountTransfers: [],
        sharedOutsideParties: [],
      }),
    );
    const groups = controlledGroups(chain, 12, { minLinkWeight: 1, maxGroupSize: 8 });
    expect(groups.groupOf[0]).not.toBe(groups.groupOf[11]);
    expect(groups.members[groups.groupOf[0]!]!.length).toBe(6);
  });
});
