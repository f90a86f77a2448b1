/**
 * Plane geometry on lng/lat polygons, good enough at the scale of a province: areas and
 * centroids (shoelace), point-in-polygon (even–odd ray casting) and Douglas–Peucker
 * simplification of closed rings.
 */
import type {
  LngLat,
  MultiPolygonGeometry,
  PolygonGeometry,
  Position,
} from '../../shared/dictionary/types';

export type Ring = Position[];
export type PolygonRings = Ring[];

export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function polygonsOf(geometry: PolygonGeometry | MultiPolygonGeometry): PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Signed area of a closed ring in square degrees (positive when counter-clockwise). */
function signedRingArea(ring: Ring): number {
  let twiceArea = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    twiceArea += x1 * y2 - x2 * y1;
  }
  return twiceArea / 2;
}

/** Area of a polygon: its outer ring minus its holes. */
export function polygonArea(polygon: PolygonRings): number {
  return polygon.reduce(
    (area, ring, i) => area + (i === 0 ? 1 : -1) * Math.abs(signedRingArea(ring)),
    0,
  );
}

/** Area-weighted centroid of every ring of every polygon, holes subtracted. */
export function centroidOf(polygons: readonly PolygonRings[]): LngLat {
  let areaSum = 0;
  let x = 0;
  let y = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, ringIndex) => {
      const sign = ringIndex === 0 ? 1 : -1;
      let twiceArea = 0;
      let cx = 0;
      let cy = 0;
      for (let i = 0; i < ring.length - 1; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[i + 1]!;
        const cross = x1 * y2 - x2 * y1;
        twiceArea += cross;
        cx += (x1 + x2) * cross;
        cy += (y1 + y2) * cross;
      }
      if (twiceArea === 0) return;
      // Orientation varies between sources; weigh every ring by its absolute area.
      const area = (sign * Math.abs(twiceArea)) / 2;
      x += (cx / (3 * twiceArea)) * area;
      y += (cy / (3 * twiceArea)) * area;
      areaSum += area;
    });
  }
  return [x / areaSum, y / areaSum];
}

function pointInRing(point: LngLat, ring: Ring): boolean {
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygons(point: LngLat, polygons: readonly PolygonRings[]): boolean {
  return polygons.some(
    (polygon) =>
      polygon.length > 0 &&
      pointInRing(point, polygon[0]!) &&
      !polygon.slice(1).some((hole) => pointInRing(point, hole)),
  );
}

export function boundingBoxOf(polygons: readonly PolygonRings[]): BoundingBox {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      box.west = Math.min(box.west, x);
      box.east = Math.max(box.east, x);
      box.south = Math.min(box.south, y);
      box.north = Math.max(box.north, y);
    }
  }
  return box;
}

function distanceToSegment(point: Position, start: Position, end: Position): number {
  const [px, py] = point;
  const [ax, ay] = start;
  const [bx, by] = end;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function douglasPeucker(points: Position[], tolerance: number): Position[] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * A closed ring simplified to `tolerance` degrees, coordinates rounded to `decimals`; null when
 * fewer than four positions (a triangle) would remain.
 */
export function simplifyRing(ring: Ring, tolerance: number, decimals: number): Ring | null {
  const factor = 10 ** decimals;
  const round = (value: number): number => Math.round(value * factor) / factor;
  // Split at the point farthest from the start so that the closing point is not the only anchor.
  let split = 0;
  let splitDistance = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const distance = Math.hypot(ring[i]![0] - ring[0]![0], ring[i]![1] - ring[0]![1]);
    if (distance > splitDistance) {
      split = i;
      splitDistance = distance;
    }
  }
  if (split === 0) return null;
  const firstHalf = douglasPeucker(ring.slice(0, split + 1), tolerance);
  const secondHalf = douglasPeucker(ring.slice(split), tolerance);
  const simplified: Ring = [];
  for (const point of [...firstHalf, ...secondHalf.slice(1)]) {
    const rounded: Position = [round(point[0]), round(point[1])];
    const previous = simplified.at(-1);
    if (previous === undefined || previous[0] !== rounded[0] || previous[1] !== rounded[1])
      simplified.push(rounded);
  }
  const first = simplified[0]!;
  const last = simplified.at(-1)!;
  if (first[0] !== last[0] || first[1] !== last[1]) simplified.push([first[0], first[1]]);
  return simplified.length >= 4 ? simplified : null;
}
