/**
 * One import per dataset at a time, across windows and workers: an import holds the Web Lock
 * `examiner-import:<dataset>` while it runs. A `started` marker whose dataset nobody holds was
 * cut off; generations of a dataset somebody holds are being written and are left alone.
 */

const LOCK_PREFIX = 'examiner-import:';

export const BUSY = Symbol('busy');

export interface ImportLocks {
  /** Runs `work` holding the dataset's lock, or returns BUSY at once when another import holds it. */
  withDatasetLock<T>(dataset: string, work: () => Promise<T>): Promise<T | typeof BUSY>;
  /** Datasets an import is running for, in any window. */
  liveDatasets(): Promise<Set<string>>;
  /** Resolves once nobody holds the dataset's lock: a terminated worker's lock goes a moment late. */
  whenReleased(dataset: string): Promise<void>;
}

export function webImportLocks(locks: LockManager): ImportLocks {
  return {
    async withDatasetLock<T>(dataset: string, work: () => Promise<T>) {
      const result: { value: T } | typeof BUSY = await locks.request(
        LOCK_PREFIX + dataset,
        { ifAvailable: true },
        async (lock) => (lock === null ? BUSY : { value: await work() }),
      );
      return result === BUSY ? BUSY : result.value;
    },
    async liveDatasets() {
      const { held = [] } = await locks.query();
      return new Set(
        held
          .map((lock) => lock.name ?? '')
          .filter((name) => name.startsWith(LOCK_PREFIX))
          .map((name) => name.slice(LOCK_PREFIX.length)),
      );
    },
    async whenReleased(dataset: string) {
      await locks.request(LOCK_PREFIX + dataset, async () => undefined);
    },
  };
}

/** Within one JavaScript realm only: for tests, and runtimes without Web Locks. */
export function memoryImportLocks(): ImportLocks {
  const held = new Set<string>();
  return {
    async withDatasetLock<T>(dataset: string, work: () => Promise<T>) {
      if (held.has(dataset)) return BUSY;
      held.add(dataset);
      try {
        return await work();
      } finally {
        held.delete(dataset);
      }
    },
    async liveDatasets() {
      return new Set(held);
    },
    async whenReleased(dataset: string) {
      while (held.has(dataset)) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

export function defaultImportLocks(): ImportLocks {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? webImportLocks(locks) : memoryImportLocks();
}
