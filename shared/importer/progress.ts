/**
 * Progress of a pull, stage by stage, with rates and time left. Pure: the caller passes the
 * clock, so the maths is testable and the same in a worker and in Node.
 *
 * Within one table the stages stream together (bytes are verified, decrypted and decompressed as
 * they arrive, rows validated and imported as they are parsed), so each stage counts its own
 * unit: bytes downloaded, integrity checks passed, bytes decrypted and decompressed, rows parsed,
 * rows validated, rows imported.
 */

export const PULL_STAGES = [
  'download',
  'verify',
  'decrypt',
  'parse',
  'validate',
  'import',
] as const;
export type PullStage = (typeof PULL_STAGES)[number];
export type ProgressUnit = 'bytes' | 'checks' | 'rows';

export const STAGE_UNITS: { readonly [S in PullStage]: ProgressUnit } = {
  download: 'bytes',
  verify: 'checks',
  decrypt: 'bytes',
  parse: 'rows',
  validate: 'rows',
  import: 'rows',
};

export interface StageProgress {
  stage: PullStage;
  unit: ProgressUnit;
  done: number;
  total: number;
  /** Units per second over the recent window; null until there is a rate to tell. */
  perSecond: number | null;
  /** Seconds until done at that rate; null when unknown, 0 once done. */
  secondsLeft: number | null;
}

/** How long a window the rate is averaged over. */
export const RATE_WINDOW_MS = 3000;

interface Sample {
  at: number;
  done: number;
}

/** One stage's counter, with its samples of the last RATE_WINDOW_MS. */
export class StageCounter {
  private done = 0;
  private samples: Sample[] = [];

  constructor(
    readonly stage: PullStage,
    private total: number,
  ) {}

  setTotal(total: number): void {
    this.total = total;
  }

  /** Sets the count (never backwards) at time `now`. */
  update(done: number, now: number): void {
    if (done < this.done) return;
    this.done = done;
    this.samples.push({ at: now, done: this.done });
    const horizon = now - RATE_WINDOW_MS;
    // Keep one sample at or before the horizon, so the window is always full once it can be.
    while (this.samples.length > 2 && (this.samples[1]?.at ?? now) <= horizon) this.samples.shift();
  }

  add(amount: number, now: number): void {
    this.update(this.done + amount, now);
  }

  snapshot(): StageProgress {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    let perSecond: number | null = null;
    if (first && last && last.at - first.at >= 250 && last.done > first.done) {
      perSecond = ((last.done - first.done) * 1000) / (last.at - first.at);
    }
    const remaining = Math.max(0, this.total - this.done);
    const secondsLeft = remaining === 0 ? 0 : perSecond === null ? null : remaining / perSecond;
    return {
      stage: this.stage,
      unit: STAGE_UNITS[this.stage],
      done: this.done,
      total: this.total,
      perSecond,
      secondsLeft,
    };
  }
}

/** Fraction done, 0…1; a stage with nothing to do counts as done. */
export function fractionDone(stage: Pick<StageProgress, 'done' | 'total'>): number {
  if (stage.total <= 0) return 1;
  return Math.min(1, Math.max(0, stage.done / stage.total));
}
