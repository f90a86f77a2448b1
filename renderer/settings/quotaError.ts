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

/** What a failed write meant to keep, named in the message: a quota error alone says nothing. */
export function storageFullMessage(what: string): string {
  return `storage is full (QuotaExceededError): ${what} could not be saved; nothing already saved was lost. Free space (Settings → Storage shows usage) and try again`;
}
