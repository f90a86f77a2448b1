/**
 * Graph algorithms over what is on screen (or over the whole link model), by graphology and its
 * algorithm packages: components, Louvain communities, centrality, shortest paths.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { GraphEdge } from './types';

export interface TieAttributes {
  weight: number;
  /** The ties between the two nodes, strongest first. */
  edges: GraphEdge[];
}

export type TieGraph = Graph<Record<string, never>, TieAttributes>;

/** A simple undirected graph: parallel ties of different types merge, their weights add up. */
export function tieGraph(nodes: Iterable<string>, edges: Iterable<GraphEdge>): TieGraph {
  const graph: TieGraph = new Graph({ type: 'undirected', multi: false });
  for (const node of nodes) graph.mergeNode(node);
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    graph.mergeNode(edge.source);
    graph.mergeNode(edge.target);
    graph.updateEdge(edge.source, edge.target, (attributes) => {
      const list = [...(attributes.edges ?? []), edge].sort((a, b) => b.weight - a.weight);
      return { weight: (attributes.weight ?? 0) + edge.weight, edges: list };
    });
  }
  return graph;
}

/** A small seeded generator, so the same graph always gets the same communities. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Communities {
  /** Node → community number; numbers run from 0, the largest community first. */
  of: Map<string, number>;
  /** Members of each community, largest first. */
  members: string[][];
  modularity: number;
}

/** Louvain communities (weighted). Isolated nodes each form their own. */
export function communities(graph: TieGraph): Communities {
  if (graph.size === 0) {
    const members = graph.nodes().map((node) => [node]);
    return { of: new Map(members.map((m, i) => [m[0]!, i])), members, modularity: 0 };
  }
  const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(7) });
  const groups = new Map<number, string[]>();
  for (const [node, community] of Object.entries(result.communities)) {
    const list = groups.get(community) ?? [];
    list.push(node);
    groups.set(community, list);
  }
  const members = [...groups.values()]
    .map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const of = new Map<string, number>();
  members.forEach((list, index) => list.forEach((node) => of.set(node, index)));
  return { of, members, modularity: result.modularity };
}

/** Connected components, largest first. */
export function components(graph: TieGraph): string[][] {
  return connectedComponents(graph)
    .map((component) => component.sort())
    .sort((a, b) => b.length - a.length);
}

export interface PathResult {
  nodes: string[];
  /** The strongest tie between each consecutive pair. */
  edges: GraphEdge[];
}

/** Fewest hops from `from` to `to`, or null when they are not connected. */
export function shortestPath(graph: TieGraph, from: string, to: string): PathResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const nodes = bidirectional(graph, from, to);
  if (!nodes) return null;
  const edges: GraphEdge[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const strongest = graph.getEdgeAttributes(nodes[i - 1]!, nodes[i]!).edges[0];
    if (strongest) edges.push(strongest);
  }
  return { nodes, edges };
}

/** Betweenness is cubic-ish: past this many nodes weighted degree stands in for it. */
export const BETWEENNESS_NODE_LIMIT = 1500;

export interface Centrality {
  measure: 'betweenness' | 'weighted_degree';
  /** Node → score, normalised to 0…1. */
  score: Map<string, number>;
}

export function centrality(graph: TieGraph): Centrality {
  const raw = new Map<string, number>();
  let measure: Centrality['measure'] = 'weighted_degree';
  if (graph.order <= BETWEENNESS_NODE_LIMIT && graph.size > 0) {
    measure = 'betweenness';
    for (const [node, value] of Object.entries(
      betweenness(graph, { normalized: true, getEdgeWeight: null }),
    ))
      raw.set(node, value);
  } else {
    graph.forEachNode((node) => {
      let sum = 0;
      graph.forEachEdge(node, (_edge, attributes) => (sum += attributes.weight));
      raw.set(node, sum);
    });
  }
  const max = Math.max(0, ...raw.values());
  const score = new Map<string, number>();
  for (const [node, value] of raw) score.set(node, max > 0 ? value / max : 0);
  return { measure, score };
}
