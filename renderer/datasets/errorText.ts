/** Why a catalog, manifest or pull failed, in the user's language (refusal reasons translated). */
import type { TFunction } from 'i18next';
import { errorMessage, isPackageRefusal } from '../../shared/package/refusal';
import { HostCallError } from '../../shared/result';

export function failureText(t: TFunction, error: unknown): string {
  if (isPackageRefusal(error))
    return `${t(`import.refusal.reasons.${error.reason}`)} ${error.detail}`;
  if (error instanceof HostCallError)
    return t('datasets.catalog.unreachable', { message: error.message });
  return errorMessage(error);
}
