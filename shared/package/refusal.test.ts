import { describe, expect, it } from 'vitest';
import { PackageRefusal, describePlace } from './refusal';

describe('PackageRefusal', () => {
  it('names dataset, version, table, line and column in its message', () => {
    const refusal = new PackageRefusal(
      'row-invalid',
      { dataset: 'gd', version: 2, table: 'trades', line: 3, column: 'side' },
      'unknown value "X"',
    );
    expect(refusal.message).toBe(
      'dataset gd version 2, table trades, line 3, column "side": unknown value "X"',
    );
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal.name).toBe('PackageRefusal');
  });

  it('names the index when no dataset applies', () => {
    expect(describePlace({ dataset: null, version: null })).toBe('repository index');
  });

  it('crosses a worker boundary as data and back', () => {
    const refusal = new PackageRefusal(
      'gap',
      { dataset: 'gd', version: 3 },
      'this delta applies on version 2',
    );
    const data = structuredClone(refusal.toData());
    expect(data).toEqual({
      reason: 'gap',
      dataset: 'gd',
      version: 3,
      detail: 'this delta applies on version 2',
      message: refusal.message,
    });
    const back = PackageRefusal.fromData(data);
    expect(back.message).toBe(refusal.message);
    expect(back.reason).toBe('gap');
  });
});
