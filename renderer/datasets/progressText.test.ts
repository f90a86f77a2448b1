import { describe, expect, it } from 'vitest';
import type { StageProgress } from '../../shared/importer/progress';
import { formatDuration, percentDone, stageFigures, stageRate } from './progressText';

const stage = (overrides: Partial<StageProgress>): StageProgress => ({
  stage: 'download',
  unit: 'bytes',
  done: 0,
  total: 100,
  perSecond: null,
  secondsLeft: null,
  ...overrides,
});

describe('progress text', () => {
  it('formats durations in the largest fitting unit, rounded up', () => {
    expect(formatDuration('en', 0.2)).toBe('1 sec');
    expect(formatDuration('en', 42.1)).toBe('43 sec');
    expect(formatDuration('en', 61)).toBe('2 min');
    expect(formatDuration('en', 5400)).toBe('1.5 hr');
    expect(formatDuration('zh-CN', 42)).toMatch(/42\s*秒/);
  });

  it('shows bytes as sizes and rows as counts', () => {
    expect(stageFigures('en', stage({ done: 1536, total: 1_048_576 }))).toEqual({
      done: '1.5 kB',
      total: '1 MB',
    });
    expect(stageFigures('en', stage({ unit: 'rows', done: 12_345, total: 1_000_000 }))).toEqual({
      done: '12,345',
      total: '1,000,000',
    });
  });

  it('shows a rate only while the stage is under way', () => {
    expect(stageRate('en', stage({ unit: 'rows', perSecond: 20_000.4, done: 5 }))).toBe('20,000');
    expect(stageRate('en', stage({ perSecond: 2048, done: 100 }))).toBeNull();
    expect(stageRate('en', stage({ unit: 'checks', perSecond: 3 }))).toBeNull();
  });

  it('gives whole percents, and 100 for a stage with nothing to do', () => {
    expect(percentDone({ done: 1, total: 3 })).toBe(33);
    expect(percentDone({ done: 0, total: 0 })).toBe(100);
  });
});
