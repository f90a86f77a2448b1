/** Where an alert stands in the examiners' work, as the Overview counts it. */
export type AlertStatus = 'open' | 'under_review' | 'escalated' | 'closed';

/** Every status but `closed` is still open work. */
export function isOpenStatus(status: AlertStatus): boolean {
  return status !== 'closed';
}

/** An alert's status by its key (`<dataset>:<alert id>`); alerts nobody touched are `open`. */
export type AlertStatusLookup = (key: string) => AlertStatus;
