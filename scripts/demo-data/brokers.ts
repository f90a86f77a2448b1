/**
 * Eight fictional Guangdong brokers and their ~60 branches (营业部), every city served by at
 * least one, each branch placed at a point inside its city's outline.
 */
import type { Branch, Broker, LngLat, RegionCode } from '../../shared/dictionary/types';
import type { CityGeography, Geography } from './geography';
import { roundLngLat } from './geography';
import { pointInPolygons } from './geometry';
import type { Random } from './random';
import { WeightedPicker } from './weightedPicker';

interface BrokerSpec {
  id: string;
  shortName: string;
  headquarters: RegionCode;
  branches: number;
  /** Regional brokers open most branches near home; the others follow the economy. */
  regional: boolean;
}

/** Names are invented; any likeness to a real securities company is unintended. */
const BROKER_SPECS: readonly BrokerSpec[] = [
  { id: 'B01', shortName: '粤海', headquarters: '440300', branches: 12, regional: false },
  { id: 'B02', shortName: '南岭', headquarters: '440100', branches: 11, regional: false },
  { id: 'B03', shortName: '珠江潮', headquarters: '440100', branches: 8, regional: false },
  { id: 'B04', shortName: '鹏湾', headquarters: '440300', branches: 8, regional: false },
  { id: 'B05', shortName: '韩江', headquarters: '440500', branches: 6, regional: true },
  { id: 'B06', shortName: '西江', headquarters: '440600', branches: 6, regional: true },
  { id: 'B07', shortName: '莞信', headquarters: '441900', branches: 5, regional: true },
  { id: 'B08', shortName: '湛海', headquarters: '440800', branches: 4, regional: true },
];

const STREETS = [
  '中山路',
  '人民路',
  '解放路',
  '建设路',
  '新城大道',
  '滨海大道',
  '东风路',
  '环城路',
  '府前路',
  '迎宾大道',
  '世纪大道',
  '江滨路',
  '文化路',
  '金融街',
  '商务中心',
  '朝阳路',
  '南湖路',
  '站前路',
];

export interface BranchProfile {
  row: Branch;
  city: CityGeography;
}

export function brokerRows(): Broker[] {
  return BROKER_SPECS.map((spec) => ({
    id: spec.id,
    name: `${spec.shortName}证券股份有限公司`,
    region: spec.headquarters,
  }));
}

function branchCities(geography: Geography, random: Random): Map<BrokerSpec, CityGeography[]> {
  const citiesOf = new Map<BrokerSpec, CityGeography[]>();
  for (const spec of BROKER_SPECS) {
    const home = geography.cities.find((city) => city.spec.code === spec.headquarters)!;
    const weights = geography.cities.map((city) => {
      if (!spec.regional) return city.spec.weight;
      const distance = Math.hypot(
        city.centroid[0] - home.centroid[0],
        city.centroid[1] - home.centroid[1],
      );
      return city.spec.weight / (1 + distance * distance * 4);
    });
    const picker = new WeightedPicker(weights);
    const cities = [home];
    while (cities.length < spec.branches) cities.push(geography.cities[picker.pick(random)]!);
    citiesOf.set(spec, cities);
  }
  // Every city gets a branch: take one from the broker and city with the most.
  for (const city of geography.cities) {
    if ([...citiesOf.values()].some((cities) => cities.includes(city))) continue;
    const everyBranchCity = [...citiesOf.values()].flat();
    let donor: { cities: CityGeography[]; at: number; count: number } | null = null;
    for (const cities of citiesOf.values()) {
      // Index 0 is the headquarters city, which keeps its branch.
      for (let at = 1; at < cities.length; at++) {
        const count = everyBranchCity.filter((other) => other === cities[at]).length;
        if (donor === null || count > donor.count) donor = { cities, at, count };
      }
    }
    if (donor === null) throw new Error('not enough branches to serve every city');
    donor.cities[donor.at] = city;
  }
  return citiesOf;
}

/** A point inside the city: near its centre when possible, as branches cluster downtown. */
function pointInCity(city: CityGeography, spreadDegrees: number, random: Random): LngLat {
  for (let attempt = 0; attempt < 400; attempt++) {
    const point = roundLngLat([
      city.centroid[0] + spreadDegrees * random.normal(),
      city.centroid[1] + spreadDegrees * random.normal(),
    ]);
    if (pointInPolygons(point, city.polygons)) return point;
  }
  return city.centroid;
}

export function generateBranches(geography: Geography, random: Random): BranchProfile[] {
  const branches: BranchProfile[] = [];
  for (const [spec, cities] of branchCities(geography, random)) {
    const usedNames = new Set<string>();
    cities.forEach((city, i) => {
      let street = random.pick(STREETS);
      while (usedNames.has(`${city.spec.code}${street}`)) street = random.pick(STREETS);
      usedNames.add(`${city.spec.code}${street}`);
      branches.push({
        city,
        row: {
          id: `BR${spec.id.slice(1)}${String(i + 1).padStart(2, '0')}`,
          broker: spec.id,
          name: `${spec.shortName}证券${city.spec.shortName}${street}营业部`,
          region: city.spec.code,
          location: pointInCity(city, 0.08, random),
        },
      });
    });
  }
  return branches;
}
