/**
 * Sums overview cubes over a period: the map's figures per region and branch, the KPI strip,
 * the typology mix, the daily timeline and one region's drill-down panel. Every function here is
 * linear in the cube's size (regions × branches × days, plus alerts), never in trades.
 */
import type { Typology } from '../../dictionary/types';
import type { AlertStatusLookup } from './alertStatus';
import { isOpenStatus } from './alertStatus';
import type { CubeAccount, CubeAlert, CubeBranch, CubeRegion, OverviewCube } from './cube';
import type { DayNumber, DayRange } from './days';
import { dayCount } from './days';

/** The map metrics the cube itself provides; `region_metrics` adds `metric:<name>`. */
export const BASE_METRICS = ['openAlerts', 'alertScore', 'accountsUnderAlert', 'turnover'] as const;
export type BaseMetric = (typeof BASE_METRICS)[number];
export type MapMetric = BaseMetric | `metric:${string}`;

export interface RegionFigures {
  openAlerts: number;
  alertScore: number;
  accountsUnderAlert: number;
  turnover: number;
  tradeCount: number;
  /** `region_metrics` summed over the period's days. */
  metrics: Record<string, number>;
}

export interface BranchFigures extends CubeBranch {
  openAlerts: number;
  tradeCount: number;
  turnover: number;
}

export interface OverviewKpis {
  openAlerts: number;
  newToday: number;
  underReview: number;
  escalated: number;
  accountsUnderAlert: number;
}

export interface PeriodSummary {
  period: DayRange;
  regions: Record<string, RegionFigures>;
  branches: BranchFigures[];
  typologies: Partial<Record<Typology, number>>;
  kpis: OverviewKpis;
}

export interface Timeline {
  days: DayRange;
  /** Open alerts created on each day. */
  openAlerts: number[];
  tradeCount: number[];
  turnover: number[];
}

export interface RankedParty {
  id: string;
  name: string;
  openAlerts: number;
  tradeCount: number;
  turnover: number;
}

export interface RankedAccount extends CubeAccount {
  alerts: number;
  scoreSum: number;
  maxScore: number;
}

export interface AlertSummary {
  key: string;
  dataset: string;
  id: string;
  typology: Typology;
  score: number;
  created: string;
  summary: string;
}

export interface RegionDetail {
  code: string;
  period: DayRange;
  figures: RegionFigures;
  /** Open alerts per day of the period, one series per typology that has any. */
  trend: { typology: Typology; counts: number[] }[];
  brokers: RankedParty[];
  branches: RankedParty[];
  accounts: RankedAccount[];
  recentAlerts: AlertSummary[];
}

/** Scores at or above this are "high" in the region panel's recent alerts. */
export const HIGH_SCORE = 0.7;
const TOP = 8;

/** Every region the cubes know, by code (the first dataset's record wins). */
export function regionsOf(cubes: readonly OverviewCube[]): Map<string, CubeRegion> {
  const regions = new Map<string, CubeRegion>();
  for (const cube of cubes)
    for (const region of cube.regions)
      if (!regions.has(region.code)) regions.set(region.code, region);
  return regions;
}

/** A region and its ancestors, nearest first; a cycle in `parent` stops the walk. */
export function lineageOf(code: string, regions: ReadonlyMap<string, CubeRegion>): string[] {
  const lineage = [code];
  let parent = regions.get(code)?.parent ?? null;
  while (parent !== null && !lineage.includes(parent)) {
    lineage.push(parent);
    parent = regions.get(parent)?.parent ?? null;
  }
  return lineage;
}

function emptyFigures(): RegionFigures {
  return {
    openAlerts: 0,
    alertScore: 0,
    accountsUnderAlert: 0,
    turnover: 0,
    tradeCount: 0,
    metrics: {},
  };
}

function inPeriod(day: DayNumber, period: DayRange): boolean {
  return day >= period.from && day <= period.to;
}

/** The regions (with ancestors) an alert touches, through its accounts' regions. */
function alertRegions(
  alert: CubeAlert,
  cube: OverviewCube,
  lineage: (code: string) => string[],
): Set<string> {
  const touched = new Set<string>();
  for (const index of alert.accounts) {
    const account = cube.accounts[index];
    if (account) for (const code of lineage(account.region)) touched.add(code);
  }
  return touched;
}

function lineageCache(regions: ReadonlyMap<string, CubeRegion>): (code: string) => string[] {
  const cache = new Map<string, string[]>();
  return (code) => {
    let lineage = cache.get(code);
    if (!lineage) cache.set(code, (lineage = lineageOf(code, regions)));
    return lineage;
  };
}

/** Sums a cube's day cells of [start, start + days) within the period. */
function sumCells(
  values: Float64Array,
  start: number,
  cube: OverviewCube,
  period: DayRange,
): number {
  const from = Math.max(period.from, cube.days.from) - cube.days.from;
  const to = Math.min(period.to, cube.days.to) - cube.days.from;
  let sum = 0;
  for (let day = from; day <= to; day++) sum += values[start + day] ?? 0;
  return sum;
}

export function summarisePeriod(
  cubes: readonly OverviewCube[],
  statusOf: AlertStatusLookup,
  period: DayRange,
  today: DayNumber,
): PeriodSummary {
  const regions = regionsOf(cubes);
  const lineage = lineageCache(regions);
  const figures: Record<string, RegionFigures> = {};
  const figuresOf = (code: string) => (figures[code] ??= emptyFigures());
  for (const code of regions.keys()) figuresOf(code);

  const branches: BranchFigures[] = [];
  const typologies: Partial<Record<Typology, number>> = {};
  const kpis: OverviewKpis = {
    openAlerts: 0,
    newToday: 0,
    underReview: 0,
    escalated: 0,
    accountsUnderAlert: 0,
  };
  const accountsUnderAlert = new Set<string>();

  for (const cube of cubes) {
    const branchBase = branches.length;
    for (const branch of cube.branches)
      branches.push({ ...branch, openAlerts: 0, tradeCount: 0, turnover: 0 });
    const days = dayCount(cube.days);
    cube.pairs.forEach((pair, index) => {
      const count = sumCells(cube.tradeCount, index * days, cube, period);
      const turnover = sumCells(cube.turnover, index * days, cube, period);
      if (count === 0 && turnover === 0) return;
      for (const code of lineage(pair.region)) {
        const region = figuresOf(code);
        region.tradeCount += count;
        region.turnover += turnover;
      }
      const branch = branches[branchBase + pair.branch];
      if (pair.branch >= 0 && branch) {
        branch.tradeCount += count;
        branch.turnover += turnover;
      }
    });

    cube.metricNames.forEach((metric, m) => {
      cube.metricRegions.forEach((code, r) => {
        const value = sumCells(
          cube.metricValues,
          (m * cube.metricRegions.length + r) * days,
          cube,
          period,
        );
        for (const ancestor of lineage(code)) {
          const region = figuresOf(ancestor);
          region.metrics[metric] = (region.metrics[metric] ?? 0) + value;
        }
      });
    });

    const branchOfId = new Map(
      cube.branches.map((branch, index) => [branch.id, branchBase + index]),
    );
    const regionAccounts = new Map<string, Set<string>>();
    for (const alert of cube.alerts) {
      const status = statusOf(alert.key);
      if (!isOpenStatus(status)) continue;
      if (alert.day === today) kpis.newToday++;
      if (!inPeriod(alert.day, period)) continue;
      kpis.openAlerts++;
      if (status === 'in_review') kpis.underReview++;
      if (status === 'escalated') kpis.escalated++;
      typologies[alert.typology] = (typologies[alert.typology] ?? 0) + 1;
      for (const code of alertRegions(alert, cube, lineage)) {
        const region = figuresOf(code);
        region.openAlerts++;
        region.alertScore += alert.score;
      }
      const alertBranches = new Set<number>();
      for (const index of alert.accounts) {
        const account = cube.accounts[index];
        if (!account) continue;
        const key = `${cube.dataset}:${account.id}`;
        accountsUnderAlert.add(key);
        for (const code of lineage(account.region)) {
          let set = regionAccounts.get(code);
          if (!set) regionAccounts.set(code, (set = new Set()));
          set.add(key);
        }
        const branch = branchOfId.get(account.branch);
        if (branch !== undefined) alertBranches.add(branch);
      }
      for (const branch of alertBranches) branches[branch]!.openAlerts++;
    }
    for (const [code, set] of regionAccounts) figuresOf(code).accountsUnderAlert += set.size;
  }
  kpis.accountsUnderAlert = accountsUnderAlert.size;
  return { period, regions: figures, branches, typologies, kpis };
}

/** The value a map metric takes in a region's figures. */
export function metricValue(figures: RegionFigures | undefined, metric: MapMetric): number {
  if (!figures) return 0;
  if (metric.startsWith('metric:')) return figures.metrics[metric.slice('metric:'.length)] ?? 0;
  return figures[metric as BaseMetric];
}

/** The union of the cubes' days. */
export function spanOf(cubes: readonly OverviewCube[]): DayRange | null {
  if (cubes.length === 0) return null;
  return {
    from: Math.min(...cubes.map((cube) => cube.days.from)),
    to: Math.max(...cubes.map((cube) => cube.days.to)),
  };
}

/** Daily series over the whole span, for one region (or everywhere when `region` is null). */
export function timelineOf(
  cubes: readonly OverviewCube[],
  statusOf: AlertStatusLookup,
  region: string | null,
): Timeline | null {
  const span = spanOf(cubes);
  if (!span) return null;
  const length = dayCount(span);
  const timeline: Timeline = {
    days: span,
    openAlerts: new Array<number>(length).fill(0),
    tradeCount: new Array<number>(length).fill(0),
    turnover: new Array<number>(length).fill(0),
  };
  const regions = regionsOf(cubes);
  const lineage = lineageCache(regions);
  for (const cube of cubes) {
    const days = dayCount(cube.days);
    const offset = cube.days.from - span.from;
    cube.pairs.forEach((pair, index) => {
      if (region !== null && !lineage(pair.region).includes(region)) return;
      for (let day = 0; day < days; day++) {
        timeline.tradeCount[offset + day]! += cube.tradeCount[index * days + day] ?? 0;
        timeline.turnover[offset + day]! += cube.turnover[index * days + day] ?? 0;
      }
    });
    for (const alert of cube.alerts) {
      if (!isOpenStatus(statusOf(alert.key))) continue;
      if (region !== null && !alertRegions(alert, cube, lineage).has(region)) continue;
      const day = alert.day - span.from;
      if (day >= 0 && day < length) timeline.openAlerts[day]!++;
    }
  }
  return timeline;
}

function rank<T extends { openAlerts: number; turnover: number }>(parties: Iterable<T>): T[] {
  return [...parties]
    .filter((party) => party.openAlerts > 0 || party.turnover > 0)
    .sort((a, b) => b.openAlerts - a.openAlerts || b.turnover - a.turnover)
    .slice(0, TOP);
}

/** What the region panel shows: its figures, alert trend by typology, and the top parties. */
export function regionDetailOf(
  cubes: readonly OverviewCube[],
  statusOf: AlertStatusLookup,
  period: DayRange,
  code: string,
  today: DayNumber,
): RegionDetail {
  const summary = summarisePeriod(cubes, statusOf, period, today);
  const regions = regionsOf(cubes);
  const lineage = lineageCache(regions);
  const within = (regionCode: string) => lineage(regionCode).includes(code);
  const length = dayCount(period);
  const trend = new Map<Typology, number[]>();
  const brokers = new Map<string, RankedParty>();
  const branches = new Map<string, RankedParty>();
  const accounts = new Map<string, RankedAccount>();
  const recent: AlertSummary[] = [];

  for (const cube of cubes) {
    const brokerName = new Map(cube.brokers.map((broker) => [broker.id, broker.name]));
    const branchById = new Map(cube.branches.map((branch) => [branch.id, branch]));
    const partyOf = (map: Map<string, RankedParty>, id: string, name: string) => {
      let party = map.get(id);
      if (!party) map.set(id, (party = { id, name, openAlerts: 0, tradeCount: 0, turnover: 0 }));
      return party;
    };
    const days = dayCount(cube.days);
    cube.pairs.forEach((pair, index) => {
      const branch = cube.branches[pair.branch];
      if (!branch || !within(pair.region)) return;
      const count = sumCells(cube.tradeCount, index * days, cube, period);
      const turnover = sumCells(cube.turnover, index * days, cube, period);
      for (const party of [
        partyOf(branches, branch.id, branch.name),
        partyOf(brokers, branch.broker, brokerName.get(branch.broker) ?? branch.broker),
      ]) {
        party.tradeCount += count;
        party.turnover += turnover;
      }
    });
    for (const alert of cube.alerts) {
      if (!inPeriod(alert.day, period) || !isOpenStatus(statusOf(alert.key))) continue;
      const ours = alert.accounts
        .map((index) => cube.accounts[index])
        .filter(
          (account): account is CubeAccount => account !== undefined && within(account.region),
        );
      if (ours.length === 0) continue;
      let counts = trend.get(alert.typology);
      if (!counts) trend.set(alert.typology, (counts = new Array<number>(length).fill(0)));
      counts[alert.day - period.from]!++;
      for (const id of new Set(ours.map((account) => account.branch))) {
        const branch = branchById.get(id);
        if (branch) partyOf(branches, id, branch.name).openAlerts++;
      }
      for (const id of new Set(ours.map((account) => account.broker)))
        partyOf(brokers, id, brokerName.get(id) ?? id).openAlerts++;
      for (const account of ours) {
        const key = `${cube.dataset}:${account.id}`;
        let ranked = accounts.get(key);
        if (!ranked)
          accounts.set(key, (ranked = { ...account, alerts: 0, scoreSum: 0, maxScore: 0 }));
        ranked.alerts++;
        ranked.scoreSum += alert.score;
        ranked.maxScore = Math.max(ranked.maxScore, alert.score);
      }
      if (alert.score >= HIGH_SCORE) {
        const { key, dataset, id, typology, score, created, summary: text } = alert;
        recent.push({ key, dataset, id, typology, score, created, summary: text });
      }
    }
  }
  return {
    code,
    period,
    figures: summary.regions[code] ?? emptyFigures(),
    trend: [...trend.entries()]
      .map(([typology, counts]) => ({ typology, counts }))
      .sort((a, b) => a.typology.localeCompare(b.typology)),
    brokers: rank(brokers.values()),
    branches: rank(branches.values()),
    accounts: [...accounts.values()]
      .sort(
        (a, b) => b.scoreSum - a.scoreSum || b.maxScore - a.maxScore || a.id.localeCompare(b.id),
      )
      .slice(0, TOP),
    recentAlerts: recent
      .sort((a, b) => b.created.localeCompare(a.created) || b.score - a.score)
      .slice(0, TOP),
  };
}
