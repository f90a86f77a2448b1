/** The part of AbortSignal that long reads consult; DOM and Node signals both fit. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export class ReadAbortedError extends Error {
  override readonly name = 'AbortError';
}

/** Throws the signal's reason (an AbortError where the platform made one) once aborted. */
export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new ReadAbortedError('the read was cancelled');
}
