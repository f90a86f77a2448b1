/** Whether a storage write failed because the browser's quota (or the disk) is full. */
export function isQuotaError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; depth++) {
    const {
      name,
      inner,
      cause: next,
    } = cause as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    cause = inner ?? next;
  }
  return false;
}
