/** `<dataset>:<alertId>`: how deep links, cases and workflow records name an alert. */
export function alertKey(dataset: string, alertId: string): string {
  return `${dataset}:${alertId}`;
}

/** Splits at the first colon (dataset ids have none); null when there is none. */
export function parseAlertKey(key: string): { dataset: string; alertId: string } | null {
  const at = key.indexOf(':');
  if (at <= 0 || at === key.length - 1) return null;
  return { dataset: key.slice(0, at), alertId: key.slice(at + 1) };
}
