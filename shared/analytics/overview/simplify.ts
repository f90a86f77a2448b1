/**
 * Outlines for the map: rings simplified (Douglas–Peucker) to a tolerance below what the map can
 * show at the jurisdiction's scale, so a detailed coastline does not cost every frame.
 */
import type { MultiPolygonGeometry, PolygonGeometry, Position } from '../../dictionary/types';

export type Ring = [number, number][];
/** Polygons, each an outer ring then holes. */
export type Outline = Ring[][];

function distanceToSegment(point: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t =
    length === 0
      ? 0
      : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length));
  return Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy));
}

export function simplifyRing(ring: readonly Position[], tolerance: number): Ring {
  if (ring.length <= 4) return ring.map((p) => [p[0], p[1]]);
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(ring[i]!, ring[first]!, ring[last]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  const simplified: Ring = [];
  ring.forEach((p, i) => {
    if (keep[i]) simplified.push([p[0], p[1]]);
  });
  // A ring needs at least a triangle; keep the original when simplification collapses it.
  return simplified.length >= 4 ? simplified : ring.map((p) => [p[0], p[1]]);
}

export function simplifyGeometry(
  geometry: PolygonGeometry | MultiPolygonGeometry,
  tolerance: number,
): Outline {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => simplifyRing(ring, tolerance)));
}

/** Lng/lat bounds of outlines, or null when there are none. */
export function boundsOf(
  outlines: readonly Outline[],
): [[number, number], [number, number]] | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const outline of outlines)
    for (const polygon of outline)
      for (const [x, y] of polygon[0] ?? []) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  return minX === Infinity
    ? null
    : [
        [minX, minY],
        [maxX, maxY],
      ];
}
