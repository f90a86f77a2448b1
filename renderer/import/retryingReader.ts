/**
 * Retries a failed read of the same range after a pause, so a network error in the middle of a
 * large table costs one range, not the download so far: the pipeline carries on from the range
 * that failed. Errors that a retry cannot mend (not found, forbidden, a bad argument) are not
 * retried. Across reloads, what was downloaded is kept by partialDownloads.ts.
 */
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../../shared/host/hostApi';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { HostCallError } from '../../shared/result';

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** Pause before the first retry; doubled each time. */
  firstDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 5, firstDelayMs: 500 };

export interface RetryNotice {
  attempt: number;
  limit: number;
  path: string;
  error: unknown;
}

const PERMANENT_CODES = new Set(['not-found', 'forbidden', 'invalid-argument', 'cancelled']);

export function isRetryable(error: unknown): boolean {
  return !(error instanceof HostCallError && PERMANENT_CODES.has(error.code));
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class RetryingRepositoryReader implements RepositoryReader {
  constructor(
    private readonly inner: RepositoryReader,
    private readonly options: {
      policy?: RetryPolicy;
      signal?: AbortSignal;
      /** Told before each retry, and with null once a read succeeds after retries. */
      onRetry?: (notice: RetryNotice | null) => void;
    } = {},
  ) {}

  stat(path: string): Promise<RepositoryFileInfo> {
    return this.attempt(path, () => this.inner.stat(path));
  }

  read(path: string, range?: ByteRange): Promise<RepositoryChunk> {
    return this.attempt(path, () => this.inner.read(path, range));
  }

  private async attempt<T>(path: string, call: () => Promise<T>): Promise<T> {
    const { policy = DEFAULT_RETRY_POLICY, signal, onRetry } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        const value = await call();
        if (attempt > 0) onRetry?.(null);
        return value;
      } catch (error) {
        // Cancelled meanwhile: the cancellation is the reason the read ends, not the failure.
        if (signal?.aborted) throw signal.reason ?? error;
        if (attempt >= policy.retries || !isRetryable(error)) throw error;
        onRetry?.({ attempt: attempt + 1, limit: policy.retries, path, error });
        await pause(policy.firstDelayMs * 2 ** attempt, signal);
      }
    }
  }
}
