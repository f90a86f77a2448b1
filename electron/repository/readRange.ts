/** Turns a requested byte range into the part one read returns, capped at MAX_READ_BYTES. */
import type { ByteRange } from '../../shared/host/hostApi';
import { MAX_READ_BYTES } from '../../shared/host/hostApi';

export interface ClampedRange {
  /** First byte, inclusive. */
  start: number;
  /** Last byte, exclusive; never before start. */
  end: number;
}

/** With an unknown size (HTTP before the response) the cap alone bounds the end. */
export function clampReadRange(range: ByteRange | undefined, size: number | null): ClampedRange {
  const start = range?.start ?? 0;
  const wanted = range?.end ?? size ?? start + MAX_READ_BYTES;
  const end = Math.min(wanted, start + MAX_READ_BYTES, size ?? Number.MAX_SAFE_INTEGER);
  return { start, end: Math.max(start, end) };
}
