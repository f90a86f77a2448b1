/**
 * Deep links into the graph: `?alert=<dataset>:<alertId>`, `?account=<id>`,
 * `?identifier=<kind>:<hash>`, `?community=<n>`, each with an optional `dataset=<id>`.
 */
import type { SeedSource } from './protocol';
import type { LinkFilter } from '../../shared/graph/types';

export interface GraphLink {
  dataset: string | null;
  source: SeedSource;
  /** How the page names what it was opened from. */
  label: { key: 'alert' | 'account' | 'identifier' | 'community'; value: string };
}

export function parseGraphLink(params: URLSearchParams, filter: LinkFilter): GraphLink | null {
  const dataset = params.get('dataset');
  const alert = params.get('alert');
  if (alert) {
    const separator = alert.indexOf(':');
    const alertDataset = separator > 0 ? alert.slice(0, separator) : dataset;
    const alertId = separator > 0 ? alert.slice(separator + 1) : alert;
    return {
      dataset: alertDataset,
      source: { by: 'alert', alertId },
      label: { key: 'alert', value: alertId },
    };
  }
  const account = params.get('account');
  if (account)
    return {
      dataset,
      source: { by: 'account', account },
      label: { key: 'account', value: account },
    };
  const identifier = params.get('identifier');
  if (identifier) {
    const separator = identifier.indexOf(':');
    if (separator <= 0) return null;
    const kind = identifier.slice(0, separator);
    const hash = identifier.slice(separator + 1).toLowerCase();
    return {
      dataset,
      source: { by: 'identifier', kind, hash },
      label: { key: 'identifier', value: `${kind} ${hash.slice(0, 6)}…` },
    };
  }
  const community = Number(params.get('community'));
  if (Number.isInteger(community) && community > 0)
    return {
      dataset,
      source: { by: 'community', number: community, filter },
      label: { key: 'community', value: String(community) },
    };
  return null;
}
