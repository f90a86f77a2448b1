/**
 * A deterministic graph of a given size for the rendering benchmark, shaped like what the
 * examiner sees: rings of about twenty accounts, most ties inside a ring, a few across.
 */
import type { EdgeType, GraphEdge } from '../../../shared/graph/types';
import { EDGE_TYPES } from '../../../shared/graph/types';
import type { GraphView } from '../graphStore';
import { EMPTY_VIEW } from '../graphStore';
import type { NodeView } from '../protocol';

const RING = 20;
const RISKS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;

export function syntheticView(nodeCount: number, edgeCount: number): GraphView {
  let state = 20_261_120;
  const random = () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const nodes: Record<string, NodeView> = {};
  for (let i = 0; i < nodeCount; i++) {
    const id = `A${String(i).padStart(7, '0')}`;
    nodes[id] = {
      id,
      kind: i % 50 === 49 ? 'external' : 'account',
      label: id,
      risk: RISKS[i % RISKS.length]!,
      accountKind: 'individual',
      status: 'active',
      alertIds: i % 37 === 0 ? [`AL${i}`] : [],
      alertScore: i % 37 === 0 ? 0.8 : null,
    };
  }
  const ids = Object.keys(nodes);
  const edges = new Map<string, GraphEdge>();
  while (edges.size < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    const b =
      random() < 0.9
        ? Math.floor(a / RING) * RING + Math.floor(random() * RING)
        : Math.floor(random() * nodeCount);
    if (a === b || b >= nodeCount) continue;
    const type: EdgeType = EDGE_TYPES[Math.floor(random() * EDGE_TYPES.length)]!;
    const [source, target] = a < b ? [ids[a]!, ids[b]!] : [ids[b]!, ids[a]!];
    const id = `${type}:${source}|${target}`;
    if (edges.has(id)) continue;
    edges.set(id, {
      id,
      type,
      source,
      target,
      weight: 1 + random() * 3,
      count: 1,
      amount: null,
      firstSeen: 0,
      lastSeen: 0,
    });
  }
  return { ...EMPTY_VIEW, nodes, edges: [...edges.values()] };
}
