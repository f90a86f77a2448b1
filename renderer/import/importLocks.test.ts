import { describe, expect, it } from 'vitest';
import { memoryImportLocks } from './importLocks';

describe('import locks', () => {
  it('whenReleased waits for the import holding the dataset, then resolves', async () => {
    const locks = memoryImportLocks();
    const order: string[] = [];
    let finish!: () => void;
    const holding = locks.withDatasetLock('gd', async () => {
      await new Promise<void>((resolve) => (finish = resolve));
      order.push('import ended');
    });
    const released = locks.whenReleased('gd').then(() => order.push('released'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order).toEqual([]);
    finish();
    await Promise.all([holding, released]);
    expect(order).toEqual(['import ended', 'released']);
    expect(await locks.liveDatasets()).toEqual(new Set());
  });
});
