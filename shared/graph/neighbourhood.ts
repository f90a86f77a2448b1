/**
 * What the examiner sees: seeds, grown one expansion at a time through the ties a filter lets
 * through, and every tie among the nodes on screen.
 */
import type { LinkModel } from './linkModel';
import type { GraphEdge, LinkFilter } from './types';

export interface Subgraph {
  nodes: string[];
  edges: GraphEdge[];
}

/** Neighbours of `expand` not yet in `visible`, through ties the filter passes. */
export function newNeighbours(
  model: LinkModel,
  visible: ReadonlySet<string>,
  expand: Iterable<string>,
  filter: LinkFilter,
): string[] {
  const added = new Set<string>();
  for (const node of expand) {
    for (const edge of model.edgesOf(node, filter)) {
      const other = edge.source === node ? edge.target : edge.source;
      if (!visible.has(other)) added.add(other);
    }
  }
  return [...added].sort();
}

/** Every tie the filter passes between two nodes of `nodes`, once each. */
export function edgesAmong(
  model: LinkModel,
  nodes: ReadonlySet<string>,
  filter: LinkFilter,
): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  for (const node of nodes) {
    for (const edge of model.edgesOf(node, filter)) {
      if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
    }
  }
  return [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The seeds, expanded `expansions` times (each time every node on screen), with their ties. */
export function neighbourhood(
  model: LinkModel,
  seeds: Iterable<string>,
  expansions: number,
  filter: LinkFilter,
): Subgraph {
  const visible = new Set(seeds);
  let frontier = [...visible];
  for (let step = 0; step < expansions; step++) {
    const added = newNeighbours(model, visible, frontier, filter);
    for (const node of added) visible.add(node);
    frontier = added;
  }
  return { nodes: [...visible].sort(), edges: edgesAmong(model, visible, filter) };
}
