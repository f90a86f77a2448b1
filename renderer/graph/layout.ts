/**
 * Force-directed layout (fcose) on a headless cytoscape inside the graph worker, so the page
 * never stalls; the page applies the positions as a preset layout.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutNode } from './protocol';

cytoscape.use(fcose);

/** Past this size fcose's default quality takes far too long; draft is near enough. */
const DRAFT_ABOVE_NODES = 300;

/** One edge per pair of nodes: parallel ties of several types pull no harder on the layout. */
function distinctPairs(
  edges: readonly { source: string; target: string }[],
  ids: ReadonlySet<string>,
): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const { source, target } of edges) {
    if (source === target || !ids.has(source) || !ids.has(target)) continue;
    const [a, b] = source < target ? [source, target] : [target, source];
    pairs.set(`${a}\u0000${b}`, [a, b]);
  }
  return [...pairs.values()];
}

export function layoutPositions(
  nodes: readonly LayoutNode[],
  edges: readonly { source: string; target: string }[],
): Record<string, { x: number; y: number }> {
  const ids = new Set(nodes.map((node) => node.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...nodes.map((node) => ({ data: { id: node.id } })),
      ...distinctPairs(edges, ids).map(([source, target], index) => ({
        data: { id: `e${index}`, source, target },
      })),
    ],
  });
  const draft = nodes.length > DRAFT_ABOVE_NODES;
  const fixed = nodes.filter((node) => node.fixed !== undefined);
  const options = {
    name: 'fcose',
    quality: draft ? 'draft' : 'default',
    animate: false,
    randomize: true,
    nodeDimensionsIncludeLabels: false,
    // Headless nodes have no size, so spacing comes from edge length and repulsion alone.
    nodeRepulsion: () => (draft ? 8000 : 30000),
    idealEdgeLength: () => (draft ? 60 : 130),
    fixedNodeConstraint:
      fixed.length > 0
        ? fixed.map((node) => ({ nodeId: node.id, position: node.fixed! }))
        : undefined,
  } as cytoscape.LayoutOptions;
  cy.layout(options).run();
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  cy.destroy();
  return positions;
}
