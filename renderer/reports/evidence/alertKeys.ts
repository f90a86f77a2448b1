/**
 * Case records name alerts as `<dataset id>:<alert id>`: alert ids are unique only within a
 * dataset, and the bare dataset id (not the generation) keeps the key valid across versions.
 */
export function alertKey(dataset: string, alertId: string): string {
  return `${dataset}:${alertId}`;
}

export function parseAlertKey(key: string): { dataset: string; alertId: string } {
  const at = key.indexOf(':');
  if (at <= 0) throw new RangeError(`"${key}" is not an alert key (<dataset>:<alert id>)`);
  return { dataset: key.slice(0, at), alertId: key.slice(at + 1) };
}

/**
 * A case member account: `<dataset>:<account id>` as the case store keeps it, or a bare account
 * id in cases written before accounts were keyed (dataset `null`: any dataset of the case).
 */
export function parseAccountKey(key: string): { dataset: string | null; accountId: string } {
  const at = key.indexOf(':');
  return at <= 0
    ? { dataset: null, accountId: key }
    : { dataset: key.slice(0, at), accountId: key.slice(at + 1) };
}
