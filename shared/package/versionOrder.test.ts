import { describe, expect, it } from 'vitest';
import type { PackageRefusal } from './refusal';
import { checkVersionOrder } from './versionOrder';

const full = (version: number) => ({
  dataset: 'gd',
  version,
  kind: 'full' as const,
  base: undefined,
});
const delta = (version: number, base: number) => ({
  dataset: 'gd',
  version,
  kind: 'delta' as const,
  base,
});

function refusalOf(run: () => unknown): PackageRefusal {
  try {
    run();
  } catch (error) {
    return error as PackageRefusal;
  }
  throw new Error('expected a refusal');
}

describe('checkVersionOrder', () => {
  it('applies a full version over nothing or over an older version', () => {
    expect(checkVersionOrder(null, full(1))).toBe('apply');
    expect(checkVersionOrder({ version: 1 }, full(5))).toBe('apply');
    expect(checkVersionOrder({ version: 4 }, full(5))).toBe('apply');
  });

  it('applies a delta on exactly the imported version', () => {
    expect(checkVersionOrder({ version: 2 }, delta(3, 2))).toBe('apply');
  });

  it('reports the same version as already imported, not as a refusal', () => {
    expect(checkVersionOrder({ version: 3 }, full(3))).toBe('already-imported');
    expect(checkVersionOrder({ version: 3 }, delta(3, 2))).toBe('already-imported');
  });

  it('refuses an older version as a rollback', () => {
    const refusal = refusalOf(() => checkVersionOrder({ version: 3 }, full(2)));
    expect(refusal.reason).toBe('rollback');
    expect(refusal.message).toBe(
      'dataset gd version 2: version 3 is already imported; version 2 is older',
    );
    expect(refusalOf(() => checkVersionOrder({ version: 3 }, delta(2, 1))).reason).toBe('rollback');
  });

  it('refuses a delta on another version, or on nothing, as a gap', () => {
    const skipped = refusalOf(() => checkVersionOrder({ version: 1 }, delta(3, 2)));
    expect(skipped.reason).toBe('gap');
    expect(skipped.message).toBe(
      'dataset gd version 3: this delta applies on version 2, but version 1 is imported',
    );
    const onNothing = refusalOf(() => checkVersionOrder(null, delta(2, 1)));
    expect(onNothing.reason).toBe('gap');
    expect(onNothing.detail).toMatch(/nothing of the dataset is imported/);
  });
});
