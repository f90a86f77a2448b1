import { describe, expect, it } from 'vitest';
import type { CatalogVersion } from './pullPlan';
import { planPull } from './pullPlan';

const full = (version: number): CatalogVersion => ({ version, kind: 'full' });
const delta = (version: number): CatalogVersion => ({ version, kind: 'delta' });

describe('planPull', () => {
  it('pulls the full version, then each delta, when nothing is imported', () => {
    expect(planPull([full(1), delta(2), delta(3)], null)).toEqual([1, 2, 3]);
  });

  it('pulls only the next deltas on top of what is imported', () => {
    expect(planPull([full(1), delta(2), delta(3)], 1)).toEqual([2, 3]);
    expect(planPull([full(1), delta(2), delta(3)], 2)).toEqual([3]);
  });

  it('starts from the newest full version when one is newer than what is imported', () => {
    expect(planPull([full(1), delta(2), full(3), delta(4)], 1)).toEqual([3, 4]);
    expect(planPull([full(1), delta(2), full(3), delta(4)], null)).toEqual([3, 4]);
  });

  it('stops at a target version', () => {
    expect(planPull([full(1), delta(2), delta(3)], null, 2)).toEqual([1, 2]);
  });

  it('has nothing to do when the latest version is imported', () => {
    expect(planPull([full(1), delta(2)], 2)).toEqual([]);
    expect(planPull([], null)).toEqual([]);
  });

  it('passes an explicit older target on, for the import to refuse as a rollback', () => {
    expect(planPull([full(1), delta(2)], 2, 1)).toEqual([1]);
  });

  it('passes a delta with nothing under it on, for the import to refuse as a gap', () => {
    expect(planPull([delta(2)], null)).toEqual([2]);
  });
});
