import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../db/records';
import type { PullProgress } from '../import/pullProgress';
import type { ClientOutcome, PullHandle, StartPullOptions } from './pullClient';
import { PullManager, pullKey } from './pullManager';

const source: SourceRecord = {
  id: 'src',
  kind: 'http',
  location: 'https://sandbox.example/',
  title: 'Sandbox',
  publisherKeyPem: '',
  fingerprint: '',
  addedAt: '2026-11-26T00:00:00.000Z',
};

function fakePull() {
  const listeners = new Set<(progress: PullProgress) => void>();
  let finish!: (outcome: ClientOutcome) => void;
  let cancelled = false;
  const handle: PullHandle = {
    progress: {
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      current: () => null,
    },
    cancel: () => {
      cancelled = true;
    },
    done: new Promise((resolve) => (finish = resolve)),
  };
  return {
    handle,
    emit: (progress: PullProgress) => listeners.forEach((listener) => listener(progress)),
    finish: (outcome: ClientOutcome) => finish(outcome),
    wasCancelled: () => cancelled,
  };
}

describe('PullManager', () => {
  it('keeps one running pull per dataset, follows its progress, keeps its outcome until dismissed', async () => {
    const pulls: ReturnType<typeof fakePull>[] = [];
    const started: StartPullOptions[] = [];
    const manager = new PullManager((options) => {
      started.push(options);
      const pull = fakePull();
      pulls.push(pull);
      return pull.handle;
    });
    const snapshots: number[] = [];
    manager.subscribe(() => snapshots.push(manager.getSnapshot().length));

    manager.pull(source, 'gd');
    manager.pull(source, 'gd');
    expect(started).toHaveLength(1);
    const key = pullKey('src', 'gd');
    expect(manager.getSnapshot()).toMatchObject([{ key, running: true, progress: null }]);

    const progress = {
      dataset: 'gd',
      version: 1,
      step: 1,
      steps: 1,
      phase: 'reading',
      table: 'trades',
      stages: [],
      retry: null,
    } as PullProgress;
    pulls[0]?.emit(progress);
    expect(manager.getSnapshot()[0]?.progress).toBe(progress);

    manager.cancel(key);
    expect(pulls[0]?.wasCancelled()).toBe(true);
    expect(manager.getSnapshot()[0]?.cancelling).toBe(true);
    manager.dismiss(key);
    expect(manager.getSnapshot()).toHaveLength(1);

    pulls[0]?.finish({ status: 'cancelled', dataset: 'gd', imported: [] });
    await pulls[0]?.handle.done;
    await Promise.resolve();
    expect(manager.getSnapshot()[0]).toMatchObject({
      running: false,
      outcome: { status: 'cancelled' },
    });
    manager.dismiss(key);
    expect(manager.getSnapshot()).toEqual([]);
    expect(snapshots.length).toBeGreaterThan(3);

    manager.pull(source, 'gd');
    expect(started).toHaveLength(2);
  });
});
