/**
 * The overview cube of one dataset version: everything the Overview page shows, reduced to daily
 * figures per region and branch, built once per generation by streaming the tables through
 * `OverviewCubeBuilder`. A period change re-sums the cube (aggregate.ts) and never rereads trades.
 */
import type { Account, Alert, Branch, Broker, Region, Typology } from '../../dictionary/types';
import type { DayNumber, DayRange } from './days';
import { dayCount, dayOfEpochMs, dayOfIsoDate, dayOfTimestamp } from './days';

export interface CubeRegion {
  code: string;
  name: string;
  level: Region['level'];
  parent: string | null;
  centroid: [number, number];
}

export interface CubeBranch {
  id: string;
  name: string;
  broker: string;
  region: string;
  location: [number, number] | null;
}

/** An account named by an alert, with what the region panel shows of it. */
export interface CubeAccount {
  id: string;
  region: string;
  branch: string;
  broker: string;
  riskLevel: string;
  holder: string;
}

export interface CubeAlert {
  /** `<dataset>:<alert id>`: alert ids are unique only within a dataset. */
  key: string;
  dataset: string;
  id: string;
  typology: Typology;
  score: number;
  created: string;
  day: DayNumber;
  summary: string;
  /** Indexes into `OverviewCube.accounts`. */
  accounts: number[];
}

export interface OverviewCube {
  dataset: string;
  generation: string;
  days: DayRange;
  regions: CubeRegion[];
  brokers: { id: string; name: string }[];
  branches: CubeBranch[];
  /** Trading by (account's region, account's branch): pair p on day d at `p * dayCount + d`. */
  pairs: { region: string; branch: number }[];
  tradeCount: Float64Array;
  turnover: Float64Array;
  /** Trades whose account the dataset does not hold: counted nowhere on the map. */
  unplacedTrades: number;
  alerts: CubeAlert[];
  accounts: CubeAccount[];
  /** `region_metrics`: metric m, region r, day d at `(m * regions + r) * dayCount + d`. */
  metricNames: string[];
  metricRegions: string[];
  metricValues: Float64Array;
}

/** The columns of one trades chunk the cube needs. */
export interface TradeColumns {
  rows: number;
  /** Account of each row, as a code into `accountLabels` (a dict column) … */
  accountCodes: Uint16Array;
  accountLabels: readonly (string | null)[];
  tsMs: Float64Array;
  price: Float64Array;
  qty: Float64Array;
}

export interface RegionMetricColumns {
  rows: number;
  region: (index: number) => string | null;
  metric: (index: number) => string | null;
  dateMs: Float64Array;
  value: Float64Array;
}

/** Where each account trades from; held only while the cube is built. */
interface AccountPlace {
  region: string;
  branch: number;
  broker: string;
  riskLevel: string;
  holder: string;
}

/** Days the cube spans: the package's period, widened to take in every alert. */
export function cubeDays(period: { from: string; to: string }, alerts: readonly Alert[]): DayRange {
  let from = dayOfIsoDate(period.from);
  let to = dayOfIsoDate(period.to);
  for (const alert of alerts) {
    const day = dayOfTimestamp(alert.created);
    if (Number.isNaN(day)) continue;
    from = Math.min(from, day);
    to = Math.max(to, day);
  }
  return { from, to };
}

export class OverviewCubeBuilder {
  private readonly days: number;
  private readonly branchIndex = new Map<string, number>();
  private readonly places = new Map<string, AccountPlace>();
  private readonly pairIndex = new Map<string, number>();
  private readonly pairs: { region: string; branch: number }[] = [];
  private tradeCount = new Float64Array(0);
  private turnover = new Float64Array(0);
  private unplacedTrades = 0;
  private readonly metricCells = new Map<string, Map<string, Float64Array>>();

  constructor(
    private readonly dataset: string,
    private readonly generation: string,
    private readonly range: DayRange,
    private readonly regions: readonly Region[],
    private readonly brokers: readonly Broker[],
    private readonly branches: readonly Branch[],
  ) {
    this.days = dayCount(range);
    branches.forEach((branch, index) => this.branchIndex.set(branch.id, index));
  }

  addAccounts(accounts: Iterable<Account>): void {
    for (const account of accounts) {
      this.places.set(account.id, {
        region: account.region,
        branch: this.branchIndex.get(account.branch) ?? -1,
        broker: account.broker,
        riskLevel: account.risk_level,
        holder: account.holder_masked,
      });
    }
  }

  private pairOf(place: AccountPlace): number {
    const key = `${place.region}|${place.branch}`;
    let index = this.pairIndex.get(key);
    if (index === undefined) {
      index = this.pairs.length;
      this.pairIndex.set(key, index);
      this.pairs.push({ region: place.region, branch: place.branch });
      this.growPairs();
    }
    return index;
  }

  private growPairs(): void {
    const needed = this.pairs.length * this.days;
    if (needed <= this.tradeCount.length) return;
    const size = Math.max(needed, this.tradeCount.length * 2);
    const counts = new Float64Array(size);
    counts.set(this.tradeCount);
    const turnover = new Float64Array(size);
    turnover.set(this.turnover);
    this.tradeCount = counts;
    this.turnover = turnover;
  }

  /** Tallies one chunk of trades: each dict label is looked up once, not each row. */
  addTrades(chunk: TradeColumns): void {
    const pairOfLabel = chunk.accountLabels.map((label) => {
      const place = label === null ? undefined : this.places.get(label);
      return place ? this.pairOf(place) : -1;
    });
    const days = this.days;
    for (let row = 0; row < chunk.rows; row++) {
      const pair = pairOfLabel[chunk.accountCodes[row] ?? -1] ?? -1;
      const day = dayOfEpochMs(chunk.tsMs[row] ?? Number.NaN) - this.range.from;
      if (pair < 0 || !(day >= 0 && day < days)) {
        this.unplacedTrades++;
        continue;
      }
      const cell = pair * days + day;
      this.tradeCount[cell]! += 1;
      this.turnover[cell]! += (chunk.price[row] ?? 0) * (chunk.qty[row] ?? 0);
    }
  }

  addRegionMetrics(chunk: RegionMetricColumns): void {
    for (let row = 0; row < chunk.rows; row++) {
      const metric = chunk.metric(row);
      const region = chunk.region(row);
      const value = chunk.value[row] ?? Number.NaN;
      const day = Math.floor((chunk.dateMs[row] ?? Number.NaN) / 86_400_000) - this.range.from;
      if (metric === null || region === null || Number.isNaN(value)) continue;
      if (!(day >= 0 && day < this.days)) continue;
      let byRegion = this.metricCells.get(metric);
      if (!byRegion) this.metricCells.set(metric, (byRegion = new Map()));
      let cells = byRegion.get(region);
      if (!cells) byRegion.set(region, (cells = new Float64Array(this.days)));
      cells[day]! += value;
    }
  }

  /** Finishes the cube; alerts come last, since their accounts are looked up in `addAccounts`'s map. */
  build(alerts: readonly Alert[]): OverviewCube {
    const accounts: CubeAccount[] = [];
    const accountIndex = new Map<string, number>();
    const cubeAlerts: CubeAlert[] = [];
    for (const alert of alerts) {
      const indexes: number[] = [];
      for (const id of new Set(alert.accounts)) {
        let index = accountIndex.get(id);
        if (index === undefined) {
          const place = this.places.get(id);
          if (!place) continue;
          index = accounts.length;
          accountIndex.set(id, index);
          accounts.push({
            id,
            region: place.region,
            branch: this.branches[place.branch]?.id ?? '',
            broker: place.broker,
            riskLevel: place.riskLevel,
            holder: place.holder,
          });
        }
        indexes.push(index);
      }
      cubeAlerts.push({
        key: `${this.dataset}:${alert.id}`,
        dataset: this.dataset,
        id: alert.id,
        typology: alert.typology,
        score: alert.score,
        created: alert.created,
        day: dayOfTimestamp(alert.created),
        summary: alert.summary,
        accounts: indexes,
      });
    }

    const metricNames = [...this.metricCells.keys()].sort();
    const metricRegions = [
      ...new Set([...this.metricCells.values()].flatMap((byRegion) => [...byRegion.keys()])),
    ].sort();
    const metricValues = new Float64Array(metricNames.length * metricRegions.length * this.days);
    metricNames.forEach((metric, m) => {
      metricRegions.forEach((region, r) => {
        const cells = this.metricCells.get(metric)?.get(region);
        if (cells) metricValues.set(cells, (m * metricRegions.length + r) * this.days);
      });
    });

    const cells = this.pairs.length * this.days;
    return {
      dataset: this.dataset,
      generation: this.generation,
      days: this.range,
      regions: this.regions.map((region) => ({
        code: region.code,
        name: region.name,
        level: region.level,
        parent: region.parent ?? null,
        centroid: [region.centroid[0], region.centroid[1]],
      })),
      brokers: this.brokers.map((broker) => ({ id: broker.id, name: broker.name })),
      branches: this.branches.map((branch) => ({
        id: branch.id,
        name: branch.name,
        broker: branch.broker,
        region: branch.region,
        location: branch.location ? [branch.location[0], branch.location[1]] : null,
      })),
      pairs: this.pairs,
      tradeCount: this.tradeCount.slice(0, cells),
      turnover: this.turnover.slice(0, cells),
      unplacedTrades: this.unplacedTrades,
      alerts: cubeAlerts,
      accounts,
      metricNames,
      metricRegions,
      metricValues,
    };
  }
}
