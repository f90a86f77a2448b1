/** Errors cross process and worker boundaries as data, so the UI can show a precise message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

export type HostErrorCode =
  | 'invalid-argument'
  | 'forbidden'
  | 'not-found'
  | 'unavailable'
  | 'cancelled'
  | 'io'
  | 'network'
  | 'internal';

export interface HostError {
  code: HostErrorCode;
  message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: HostErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Thrown on the calling side when a host call returns an error result. */
export class HostCallError extends Error {
  readonly code: HostErrorCode;
  constructor(error: HostError) {
    super(error.message);
    this.name = 'HostCallError';
    this.code = error.code;
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new HostCallError(result.error);
}
