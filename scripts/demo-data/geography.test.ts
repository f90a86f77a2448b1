import { describe, expect, it } from 'vitest';
import { generateBranches } from './brokers';
import type { PolygonRings } from './geometry';
import { pointInPolygons, polygonsOf, simplifyRing } from './geometry';
import { loadGeography, regionRows, regionShapeRows } from './geography';
import { Random } from './random';

const geography = loadGeography();
const shapes = new Map(
  regionShapeRows(geography).map((shape) => [shape.code, polygonsOf(shape.geometry)]),
);

describe('regions', () => {
  it('are Guangdong and its 21 prefecture-level cities under their GB/T 2260 codes', () => {
    const names = Object.fromEntries(
      regionRows(geography).map((region) => [region.code, region.name]),
    );
    expect(names).toEqual({
      '440000': '广东省',
      '440100': '广州市',
      '440200': '韶关市',
      '440300': '深圳市',
      '440400': '珠海市',
      '440500': '汕头市',
      '440600': '佛山市',
      '440700': '江门市',
      '440800': '湛江市',
      '440900': '茂名市',
      '441200': '肇庆市',
      '441300': '惠州市',
      '441400': '梅州市',
      '441500': '汕尾市',
      '441600': '河源市',
      '441700': '阳江市',
      '441800': '清远市',
      '441900': '东莞市',
      '442000': '中山市',
      '445100': '潮州市',
      '445200': '揭阳市',
      '445300': '云浮市',
    });
  });

  it('have centroids inside their own shape', () => {
    for (const region of regionRows(geography)) {
      expect(pointInPolygons(region.centroid, shapes.get(region.code)!), region.name).toBe(true);
    }
  });

  it('have closed rings, and the province is the union of its cities', () => {
    const province = shapes.get('440000')!;
    const cities = [...shapes.entries()]
      .filter(([code]) => code !== '440000')
      .flatMap(([, polygons]) => polygons);
    expect(province).toEqual(cities);
    for (const polygon of cities) {
      for (const ring of polygon) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
      }
    }
  });
});

describe('branches', () => {
  const branches = generateBranches(geography, Random.derive('vitest', 'branches'));

  it('number about sixty and serve every city', () => {
    expect(branches.length).toBeGreaterThanOrEqual(55);
    expect(new Set(branches.map((branch) => branch.row.region)).size).toBe(21);
  });

  it('lie inside their city’s polygon', () => {
    for (const branch of branches) {
      expect(
        pointInPolygons(branch.row.location!, shapes.get(branch.row.region)!),
        branch.row.name,
      ).toBe(true);
    }
  });
});

describe('ring simplification', () => {
  it('keeps a square and drops points on its edges', () => {
    const square: PolygonRings[0] = [
      [0, 0],
      [0.5, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(simplifyRing(square, 0.01, 4)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });
});
