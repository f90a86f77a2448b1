/** Time ranges of chunk queries: epoch ms or ISO 8601 text, both ends inclusive and optional. */
import { isoDateMs, isoTimestampMs } from '../../shared/importer/epochMs';

export interface TimeRange {
  from?: number | string;
  to?: number | string;
}

export interface EpochRange {
  from: number;
  to: number;
}

function toEpochMs(value: number | string | undefined, open: number): number {
  if (value === undefined) return open;
  if (typeof value === 'number') return value;
  const ms = value.length === 10 ? isoDateMs(value) : isoTimestampMs(value);
  if (Number.isNaN(ms))
    throw new RangeError(`"${value}" is neither a date nor an ISO 8601 timestamp with offset`);
  return ms;
}

export function epochRange(range: TimeRange = {}): EpochRange {
  return {
    from: toEpochMs(range.from, Number.NEGATIVE_INFINITY),
    to: toEpochMs(range.to, Number.POSITIVE_INFINITY),
  };
}

/** Whether a chunk spanning [tsFrom, tsTo] may hold rows in the range; chunks without times may. */
export function chunkOverlaps(tsFrom: number, tsTo: number, range: EpochRange): boolean {
  if (Number.isNaN(tsFrom) || Number.isNaN(tsTo)) return true;
  return tsTo >= range.from && tsFrom <= range.to;
}
