/** How a failed import is recorded: the audit action and the detail kept on its marker. */
import { errorMessage, isPackageRefusal } from '../../shared/package/refusal';
import { isQuotaError, storageFullMessage } from '../settings/quotaError';

/** The package's retention deadline has passed: it may not be imported at all. */
export class PackageExpiredError extends Error {
  override readonly name = 'PackageExpiredError';
  constructor(
    readonly version: number,
    readonly expires: string,
  ) {
    super(`version ${version} was to be purged by ${expires}, which has passed`);
  }
}

export interface FailureRecord {
  action: 'import.refused' | 'import.cancelled' | 'import.failed';
  detail: string;
}

export function failureOf(error: unknown, signal: AbortSignal): FailureRecord {
  if (signal.aborted) return { action: 'import.cancelled', detail: 'import cancelled' };
  if (isPackageRefusal(error)) {
    return {
      action: 'import.refused',
      detail: `import refused: ${error.reason} — ${error.message}`,
    };
  }
  if (error instanceof PackageExpiredError) {
    return { action: 'import.refused', detail: `import refused: expired — ${error.message}` };
  }
  if (isQuotaError(error))
    return { action: 'import.failed', detail: `import failed: ${storageFullMessage('the rows')}` };
  return { action: 'import.failed', detail: `import failed: ${errorMessage(error)}` };
}
