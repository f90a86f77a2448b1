/**
 * The learning loop on the bundled demo, as `npm run eval` runs it. The target (90 % of
 * the planted schemes after at most half the reviews the sandbox's score order needs) cannot be
 * met literally here: 20 schemes, one alert each, so any order needs ≥ 18 reviews, and the
 * sandbox's order needs 26 (half is 13). What is asserted is the target on the reviews that
 * could be avoided: the false alarms reviewed before reaching 90 % — at most half the sandbox's.
 * The literal target is met on the scale-10 demo (`npm run eval -- --data .cache/bench/scale-10/data …`: 18 vs 173).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GroundTruth } from '../../shared/analytics/evaluation';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { pullIntoMemory } from '../analyze/pullIntoMemory';
import { repositoryReaderFor } from '../sandbox/readers';
import { runEval, type EvalResult } from './runEval';
import { randomOrder, scoreOrder, simulateAnalyst } from './simulatedAnalyst';

const asset = (path: string) => new URL(`../../${path}`, import.meta.url).pathname;

describe('the learning loop on the bundled demo', () => {
  let result: EvalResult;

  beforeAll(async () => {
    const [report] = await pullIntoMemory(
      repositoryReaderFor(asset('assets/demo-repository')),
      [trustedKeyFromPem(readFileSync(asset('assets/demo-keys/demo-publisher.pub.pem'), 'utf8'))],
      parseIdentityFile(readFileSync(asset('assets/demo-keys/demo-identity.txt'), 'utf8')),
      () => {},
    );
    const truth = JSON.parse(
      readFileSync(asset('assets/demo-ground-truth.json'), 'utf8'),
    ) as GroundTruth;
    result = await runEval(report!.dataset, truth, { randomSeeds: 5 });
  }, 120_000);

  it('finds 90 % of the planted schemes wasting at most half the reviews the sandbox’s order wastes', () => {
    const { minimum, learning, sandboxScore } = result.reviewsTo90;
    expect(learning).not.toBeNull();
    expect(sandboxScore).not.toBeNull();
    expect(learning! - minimum).toBeLessThanOrEqual((sandboxScore! - minimum) / 2);
    expect(learning!).toBeLessThan(sandboxScore!);
  });

  it('learns from the labels alone: starting from the sandbox’s own scores it still beats that order and random', () => {
    const { learningFromSandboxScores, sandboxScore, randomMedian } = result.reviewsTo90;
    expect(learningFromSandboxScores!).toBeLessThan(sandboxScore!);
    expect(learningFromSandboxScores!).toBeLessThan(randomMedian!);
  });

  it('scores the local detectors per typology: every scheme found, every alert on a scheme', () => {
    expect(result.perTypology.every((row) => row.recall === 1 && row.precision === 1)).toBe(true);
    expect(result.local.onLookAlikes).toBe(0);
  });
});

describe('the simulated analyst', () => {
  const truth: GroundTruth = {
    schemes: [
      { id: 'S1', typology: 'spoofing', accounts: [{ id: 'A1' }], instruments: [] },
      { id: 'S2', typology: 'wash_trade', accounts: [{ id: 'A2' }], instruments: [] },
    ],
    benign: [],
  };
  const alert = (
    id: string,
    typology: 'spoofing' | 'wash_trade',
    account: string,
    score: number,
  ) => ({
    id,
    typology,
    score,
    created: '2026-07-01T09:30:00.000+08:00',
    accounts: [account],
    instruments: [],
    window: { from: '2026-07-01T09:30:00.000+08:00', to: '2026-07-01T15:00:00.000+08:00' },
    model: 'm',
    features: [],
    summary: id,
  });
  const pool = [
    alert('noise', 'spoofing', 'A9', 0.9),
    alert('wrong-typology', 'spoofing', 'A2', 0.8),
    alert('s1', 'spoofing', 'A1', 0.7),
    alert('s2', 'wash_trade', 'A2', 0.6),
  ];

  it('counts a scheme found only by an alert of its typology naming its accounts', () => {
    expect(
      simulateAnalyst(
        pool,
        truth,
        scoreOrder((a) => a.score),
      ),
    ).toEqual({
      reviews: 4,
      schemesFound: 2,
      schemes: 2,
    });
    expect(
      simulateAnalyst(
        pool,
        truth,
        scoreOrder((a) => -a.score),
      ).reviews,
    ).toBe(2);
  });

  it('says "never" when the queue cannot reach the share', () => {
    expect(simulateAnalyst(pool.slice(0, 3), truth, randomOrder(1)).reviews).toBeNull();
  });
});
