import { describe, expect, it } from 'vitest';
import { MAX_READ_BYTES } from '../../shared/host/hostApi';
import { clampReadRange } from './readRange';

describe('clampReadRange', () => {
  it('reads the whole file by default, up to the cap', () => {
    expect(clampReadRange(undefined, 100)).toEqual({ start: 0, end: 100 });
    expect(clampReadRange(undefined, MAX_READ_BYTES * 3)).toEqual({
      start: 0,
      end: MAX_READ_BYTES,
    });
  });

  it('stops at the end of the file and never before the start', () => {
    expect(clampReadRange({ start: 90, end: 200 }, 100)).toEqual({ start: 90, end: 100 });
    expect(clampReadRange({ start: 150 }, 100)).toEqual({ start: 150, end: 150 });
  });

  it('bounds an open range of unknown size by the cap', () => {
    expect(clampReadRange({ start: 10 }, null)).toEqual({ start: 10, end: 10 + MAX_READ_BYTES });
    expect(clampReadRange({ start: 10, end: 20 }, null)).toEqual({ start: 10, end: 20 });
  });
});
