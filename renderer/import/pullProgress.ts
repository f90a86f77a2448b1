/** The progress a pull reports to the page: one counter per stage, sent a few times a second. */
import type { PullStage, StageProgress } from '../../shared/importer/progress';
import { PULL_STAGES, StageCounter } from '../../shared/importer/progress';

export type PullPhase = 'catalog' | 'checking' | 'reading' | 'committing' | 'cleaning';

export interface PullProgress {
  dataset: string;
  /** The package being imported; null while the catalog is read. */
  version: number | null;
  /** This package's place in the pull (1-based) and how many the pull imports. */
  step: number;
  steps: number;
  phase: PullPhase;
  table: string | null;
  stages: StageProgress[];
  /** Set while a failed read is being retried. */
  retry: { attempt: number; limit: number } | null;
}

export interface PackageTotals {
  bytes: number;
  rows: number;
  checks: number;
}

const REPORT_INTERVAL_MS = 150;

export class PullProgressTracker {
  private counters = new Map<PullStage, StageCounter>();
  private state: Omit<PullProgress, 'stages'>;
  private lastReport = Number.NEGATIVE_INFINITY;

  constructor(
    dataset: string,
    private readonly emit: (progress: PullProgress) => void,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.state = {
      dataset,
      version: null,
      step: 0,
      steps: 0,
      phase: 'catalog',
      table: null,
      retry: null,
    };
    this.resetCounters({ bytes: 0, rows: 0, checks: 0 });
  }

  beginPackage(version: number, step: number, steps: number, totals: PackageTotals): void {
    this.state = {
      ...this.state,
      version,
      step,
      steps,
      phase: 'checking',
      table: null,
      retry: null,
    };
    this.resetCounters(totals);
    this.report(true);
  }

  setPhase(phase: PullPhase, table: string | null = this.state.table): void {
    this.state = { ...this.state, phase, table };
    this.report(true);
  }

  setRetry(retry: PullProgress['retry']): void {
    this.state = { ...this.state, retry };
    this.report(true);
  }

  /** Sets a stage's count (never backwards) and reports when it is time to. */
  update(stage: PullStage, done: number): void {
    this.counter(stage).update(done, this.clock());
    this.report(false);
  }

  add(stage: PullStage, amount: number): void {
    this.counter(stage).add(amount, this.clock());
    this.report(false);
  }

  snapshot(): PullProgress {
    return { ...this.state, stages: PULL_STAGES.map((stage) => this.counter(stage).snapshot()) };
  }

  /** Sends a snapshot now (`force`) or when the last one is old enough. */
  report(force: boolean): void {
    const now = this.clock();
    if (!force && now - this.lastReport < REPORT_INTERVAL_MS) return;
    this.lastReport = now;
    this.emit(this.snapshot());
  }

  private resetCounters(totals: PackageTotals): void {
    const totalOf: Record<PullStage, number> = {
      download: totals.bytes,
      verify: totals.checks,
      decrypt: totals.bytes,
      parse: totals.rows,
      validate: totals.rows,
      import: totals.rows,
    };
    this.counters = new Map(
      PULL_STAGES.map((stage) => [stage, new StageCounter(stage, totalOf[stage])]),
    );
  }

  private counter(stage: PullStage): StageCounter {
    const counter = this.counters.get(stage);
    if (!counter) throw new Error(`no counter for stage ${stage}`);
    return counter;
  }
}
