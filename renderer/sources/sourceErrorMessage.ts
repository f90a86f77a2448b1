import type { TFunction } from 'i18next';
import { messageOf } from '../keys/keyErrorMessage';
import { SourceError } from './sourceErrors';

/** A source failure in the user's language; anything unexpected keeps its own message. */
export function sourceErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof SourceError) return t(`sources.errors.${error.code}`);
  return t('sources.errors.unexpected', { message: messageOf(error) });
}
