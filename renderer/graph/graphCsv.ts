/** The node and edge lists of what is on screen, as CSV (identifier hashes masked). */
import { maskHash } from '../../shared/graph/masking';
import type { GraphView } from './graphStore';
import type { Analysis } from './protocol';

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function iso(ms: number): string {
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : '';
}

export function nodesCsv(view: GraphView, analysis: Analysis | null): string {
  const rows: unknown[][] = [
    [
      'id',
      'kind',
      'risk_level',
      'status',
      'alerts',
      'max_alert_score',
      'community',
      'centrality',
      'seed',
      'pinned',
      'hidden',
    ],
  ];
  for (const node of Object.values(view.nodes)) {
    rows.push([
      node.id,
      node.kind,
      node.risk,
      node.status,
      node.alertIds.join(' '),
      node.alertScore,
      analysis?.communityOf[node.id] ?? '',
      analysis?.centralityOf[node.id]?.toFixed(3) ?? '',
      view.seeds.includes(node.id),
      view.pinned.includes(node.id),
      view.hidden.includes(node.id),
    ]);
  }
  return toCsv(rows);
}

export function edgesCsv(view: GraphView): string {
  const rows: unknown[][] = [
    [
      'id',
      'type',
      'source',
      'target',
      'weight',
      'count',
      'amount',
      'first_seen',
      'last_seen',
      'shared_by',
      'identifiers',
    ],
  ];
  for (const edge of view.edges) {
    rows.push([
      edge.id,
      edge.type,
      edge.source,
      edge.target,
      edge.weight.toFixed(3),
      edge.count,
      edge.amount,
      iso(edge.firstSeen),
      iso(edge.lastSeen),
      edge.sharedBy ?? '',
      (edge.hashes ?? []).map(maskHash).join(' '),
    ]);
  }
  return toCsv(rows);
}
