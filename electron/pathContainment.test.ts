import { describe, expect, it } from 'vitest';
import { isInsideFolder } from './pathContainment';

describe('isInsideFolder', () => {
  it('accepts descendants only', () => {
    expect(isInsideFolder('/a/b', '/a/b/c')).toBe(true);
    expect(isInsideFolder('/a/b', '/a/b')).toBe(false);
    expect(isInsideFolder('/a/b', '/a/bc')).toBe(false);
    expect(isInsideFolder('/a/b', '/a')).toBe(false);
    expect(isInsideFolder('/a/b', '/a/b/..c')).toBe(true);
  });
});
