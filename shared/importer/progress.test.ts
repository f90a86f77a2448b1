import { describe, expect, it } from 'vitest';
import { RATE_WINDOW_MS, StageCounter, fractionDone } from './progress';

describe('StageCounter', () => {
  it('has no rate or time left until it has seen progress over time', () => {
    const counter = new StageCounter('download', 1000);
    expect(counter.snapshot()).toMatchObject({
      done: 0,
      total: 1000,
      perSecond: null,
      secondsLeft: null,
      unit: 'bytes',
    });
    counter.update(100, 0);
    expect(counter.snapshot().perSecond).toBeNull();
  });

  it('measures the rate over the recent window and the time left from it', () => {
    const counter = new StageCounter('import', 10_000);
    counter.update(0, 0);
    counter.update(1000, 1000);
    counter.update(2000, 2000);
    const snapshot = counter.snapshot();
    expect(snapshot.perSecond).toBeCloseTo(1000);
    expect(snapshot.secondsLeft).toBeCloseTo(8);
  });

  it('forgets samples older than the window, so the rate follows a change of pace', () => {
    const counter = new StageCounter('import', 1_000_000);
    counter.update(0, 0);
    counter.update(1000, 1000);
    for (let t = 2000; t <= 2000 + RATE_WINDOW_MS * 2; t += 500)
      counter.update(1000 + (t - 1000) * 10, t);
    expect(counter.snapshot().perSecond).toBeCloseTo(10_000, -2);
  });

  it('never goes backwards, and is done with no time left at its total', () => {
    const counter = new StageCounter('parse', 50);
    counter.update(40, 0);
    counter.update(30, 100);
    expect(counter.snapshot().done).toBe(40);
    counter.add(10, 600);
    expect(counter.snapshot()).toMatchObject({ done: 50, secondsLeft: 0 });
  });
});

describe('fractionDone', () => {
  it('is the share done, and 1 for a stage with nothing to do', () => {
    expect(fractionDone({ done: 25, total: 100 })).toBe(0.25);
    expect(fractionDone({ done: 0, total: 0 })).toBe(1);
    expect(fractionDone({ done: 120, total: 100 })).toBe(1);
  });
});
