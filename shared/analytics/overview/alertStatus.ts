/** Where an alert stands in the examiners' work: the triage workflow's status, as the Overview counts it. */
import type { AlertStatus } from '../../triage/lifecycle';

export type { AlertStatus };

/** Every status but `closed` is still open work. */
export function isOpenStatus(status: AlertStatus): boolean {
  return status !== 'closed';
}

/** An alert's status by its key (`<dataset>:<alert id>`); alerts nobody touched are `new`. */
export type AlertStatusLookup = (key: string) => AlertStatus;
