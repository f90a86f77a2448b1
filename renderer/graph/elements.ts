/** The cytoscape elements of a view: each node's and edge's data, derived from the store. */
import type { ElementDefinition } from 'cytoscape';
import type { PathResult } from '../../shared/graph/algorithms';
import type { GraphEdge } from '../../shared/graph/types';
import type { GraphView } from './graphStore';
import type { GraphTheme } from './graphStyle';
import { COMMUNITY_COLOURS, EDGE_COLOURS, NODE_SHAPES, RISK_COLOURS } from './graphStyle';
import type { Analysis } from './protocol';

export interface ElementOptions {
  theme: GraphTheme;
  analysis: Analysis | null;
  showCommunities: boolean;
}

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length]!;
}

export function edgeWidth(edge: GraphEdge): number {
  return Math.min(8, 1 + Math.log2(1 + edge.weight) * 1.5);
}

export function nodeElements(view: GraphView, options: ElementOptions): ElementDefinition[] {
  const { theme, analysis, showCommunities } = options;
  return Object.values(view.nodes).map((node) => {
    const community = analysis?.communityOf[node.id];
    const centrality = analysis?.centralityOf[node.id] ?? 0;
    const colour =
      showCommunities && community !== undefined
        ? communityColour(community)
        : node.kind === 'account'
          ? RISK_COLOURS[theme][node.risk ?? 'none']
          : RISK_COLOURS[theme].none;
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        colour,
        shape: NODE_SHAPES[node.kind],
        size: 16 + Math.round(centrality * 22),
        alerted: node.alertIds.length > 0,
        seed: view.seeds.includes(node.id),
        pinned: view.pinned.includes(node.id),
      },
      position: view.positions[node.id] ?? { x: 0, y: 0 },
    };
  });
}

export function edgeElements(view: GraphView, theme: GraphTheme): ElementDefinition[] {
  return view.edges.map((edge) => ({
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      colour: EDGE_COLOURS[theme][edge.type],
      width: edgeWidth(edge),
      directed: edge.type === 'transfer' && !edge.bothWays,
      firstSeen: edge.firstSeen,
    },
  }));
}

/** Ids on the path, nodes and edges alike. */
export function pathIds(path: PathResult | null): Set<string> {
  return new Set(path ? [...path.nodes, ...path.edges.map((edge) => edge.id)] : []);
}
