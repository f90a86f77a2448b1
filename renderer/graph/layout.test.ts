import { describe, expect, it } from 'vitest';
import { layoutPositions } from './layout';

describe('graph layout (headless cytoscape + fcose)', () => {
  it('places every node, keeps a pinned node where it was, and sets no two nodes on one spot', () => {
    const ring = ['a', 'b', 'c', 'd'];
    const edges = ring.flatMap((x, i) => ring.slice(i + 1).map((y) => ({ source: x, target: y })));
    const positions = layoutPositions(
      [
        ...ring.map((id) => (id === 'a' ? { id, fixed: { x: 500, y: -200 } } : { id })),
        { id: 'far' },
      ],
      [...edges, ...edges],
    );
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c', 'd', 'far']);
    expect(positions.a).toEqual({ x: 500, y: -200 });
    const distance = (p: string, q: string) =>
      Math.hypot(positions[p]!.x - positions[q]!.x, positions[p]!.y - positions[q]!.y);
    const ids = Object.keys(positions);
    for (const p of ids) for (const q of ids) if (p < q) expect(distance(p, q)).toBeGreaterThan(10);
  });
});
