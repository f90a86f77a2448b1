/**
 * The pulls of this window, kept outside React so they carry on when the user leaves the page:
 * one entry per dataset of a source, with its latest progress and, once over, its outcome.
 */
import type { SourceRecord } from '../db/records';
import type { PullProgress } from '../import/pullProgress';
import type { ClientOutcome, PullHandle, StartPullOptions } from './pullClient';

export interface PullEntry {
  key: string;
  sourceId: string;
  datasetId: string;
  running: boolean;
  cancelling: boolean;
  progress: PullProgress | null;
  outcome: ClientOutcome | null;
}

export function pullKey(sourceId: string, datasetId: string): string {
  return `${sourceId}\u0000${datasetId}`;
}

export class PullManager {
  private entries = new Map<string, PullEntry>();
  private handles = new Map<string, PullHandle>();
  private snapshot: readonly PullEntry[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly start: (options: StartPullOptions) => PullHandle) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly PullEntry[] => this.snapshot;

  /** Starts pulling the dataset, unless a pull of it is already running in this window. */
  pull(source: SourceRecord, datasetId: string): void {
    const key = pullKey(source.id, datasetId);
    if (this.entries.get(key)?.running) return;
    const handle = this.start({ source, datasetId });
    this.handles.set(key, handle);
    this.set({
      key,
      sourceId: source.id,
      datasetId,
      running: true,
      cancelling: false,
      progress: null,
      outcome: null,
    });
    handle.progress.subscribe((progress) => this.update(key, { progress }));
    void handle.done.then((outcome) => {
      this.handles.delete(key);
      this.update(key, { running: false, cancelling: false, outcome });
    });
  }

  cancel(key: string): void {
    this.handles.get(key)?.cancel();
    this.update(key, { cancelling: true });
  }

  /** Forgets a finished pull's outcome. */
  dismiss(key: string): void {
    if (this.entries.get(key)?.running) return;
    this.entries.delete(key);
    this.publish();
  }

  private update(key: string, change: Partial<PullEntry>): void {
    const entry = this.entries.get(key);
    if (entry) this.set({ ...entry, ...change });
  }

  private set(entry: PullEntry): void {
    this.entries.set(entry.key, entry);
    this.publish();
  }

  private publish(): void {
    this.snapshot = [...this.entries.values()];
    for (const listener of this.listeners) listener();
  }
}
