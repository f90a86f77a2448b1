/**
 * A case's evidence from the Graph page: a PNG of what is drawn, its node and edge list (one row
 * per element, identifier hashes masked), and where it came from (dataset, seed, filter, window).
 */
import type { Core } from 'cytoscape';
import { maskHash } from '../../shared/graph/masking';
import type { NewEvidence } from '../cases/caseStore';
import type { GraphState, GraphView } from './graphStore';
import type { SeedSource } from './protocol';

export const ELEMENT_COLUMNS = [
  'element',
  'id',
  'kind',
  'risk_level',
  'alerts',
  'source',
  'target',
  'weight',
  'count',
  'amount',
  'first_seen',
  'last_seen',
];

function iso(ms: number): string | null {
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

/** Visible nodes, then visible edges between them, as rows under `ELEMENT_COLUMNS`. */
export function elementRows(view: GraphView): (string | number | null)[][] {
  const hidden = new Set(view.hidden);
  const rows: (string | number | null)[][] = [];
  for (const node of Object.values(view.nodes)) {
    if (hidden.has(node.id)) continue;
    rows.push([
      'node',
      node.id,
      node.kind,
      node.risk,
      node.alertIds.join(' ') || null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  }
  for (const edge of view.edges) {
    if (hidden.has(edge.source) || hidden.has(edge.target)) continue;
    rows.push([
      'edge',
      edge.id,
      edge.type,
      null,
      (edge.hashes ?? []).map(maskHash).join(' ') || null,
      edge.source,
      edge.target,
      Number(edge.weight.toFixed(3)),
      edge.count,
      edge.amount,
      iso(edge.firstSeen),
      iso(edge.lastSeen),
    ]);
  }
  return rows;
}

/** How many nodes and ties are drawn (hidden nodes and their ties left out). */
export function visibleCounts(view: GraphView): { nodes: number; edges: number } {
  const rows = elementRows(view);
  const nodes = rows.filter((row) => row[0] === 'node').length;
  return { nodes, edges: rows.length - nodes };
}

/** `<dataset>:<accountId>` of the visible account nodes. */
export function visibleAccountKeys(dataset: string, view: GraphView): string[] {
  const hidden = new Set(view.hidden);
  return Object.values(view.nodes)
    .filter((node) => node.kind === 'account' && !hidden.has(node.id))
    .map((node) => `${dataset}:${node.id}`)
    .sort();
}

function seedSubjects(dataset: string, source: SeedSource | null): string[] {
  if (source?.by === 'alert') return [`${dataset}:${source.alertId}`];
  if (source?.by === 'account') return [`${dataset}:${source.account}`];
  return [];
}

type Provenanced = Pick<
  GraphState,
  | 'dataset'
  | 'generation'
  | 'view'
  | 'openedFrom'
  | 'openedBy'
  | 'filter'
  | 'timelineAt'
  | 'coTradingWindowMinutes'
>;

export function graphEvidence(state: Provenanced, title: string, image: string): NewEvidence {
  const dataset = state.dataset ?? '';
  return {
    kind: 'graph',
    title,
    image,
    columns: ELEMENT_COLUMNS,
    rows: elementRows(state.view),
    provenance: {
      view: 'graph',
      dataset,
      subjects: seedSubjects(dataset, state.openedBy),
      parameters: {
        generation: state.generation,
        openedFrom: state.openedFrom,
        seed: state.openedBy,
        filter: state.filter,
        coTradingWindowMinutes: state.coTradingWindowMinutes,
        timelineAt: state.timelineAt === null ? null : new Date(state.timelineAt).toISOString(),
        ...visibleCounts(state.view),
      },
    },
  };
}

/** The drawing as a PNG data URL, the whole graph, on the page's surface colour. */
export function graphPng(core: Core, background: string): string {
  return core.png({
    output: 'base64uri',
    full: true,
    bg: background,
    scale: 1.5,
    maxWidth: 3000,
    maxHeight: 3000,
  });
}
