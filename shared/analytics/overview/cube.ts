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

/** The package's stated period, when it states one (the manifest's scope may leave it out). */
export function statedPeriod(period: { from: string; to: string } | undefined): DayRange | null {
  if (!period) return null;
  const from = dayOfIsoDate(period.from);
  const to = dayOfIsoDate(period.to);
  return Number.isNaN(from) || Number.isNaN(to) || to < from ? null : { from, to };
}

/** Trading of one day: per pair, trades and turnover (arrays grow with the pairs). */
interface DayTally {
  count: number[];
  turnover: number[];
}

export class OverviewCubeBuilder {
  private readonly branchIndex = new Map<string, number>();
  private readonly places = new Map<string, AccountPlace>();
  private readonly pairIndex = new Map<string, number>();
  private readonly pairs: { region: string; branch: number }[] = [];
  private readonly tallies = new Map<DayNumber, DayTally>();
  private unplacedTrades = 0;
  /** metric → region → day → value. */
  private readonly metricCells = new Map<string, Map<string, Map<DayNumber, number>>>();

  /** The days span the stated period, widened to every trade, metric and alert seen. */
  constructor(
    private readonly dataset: string,
    private readonly generation: string,
    private readonly period: DayRange | null,
    private readonly regions: readonly Region[],
    private readonly brokers: readonly Broker[],
    private readonly branches: readonly Branch[],
  ) {
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
    }
    return index;
  }

  private tallyOf(day: DayNumber): DayTally {
    let tally = this.tallies.get(day);
    if (!tally) this.tallies.set(day, (tally = { count: [], turnover: [] }));
    return tally;
  }

  /** Tallies one chunk of trades: each dict label is looked up once, not each row. */
  addTrades(chunk: TradeColumns): void {
    const pairOfLabel = chunk.accountLabels.map((label) => {
      const place = label === null ? undefined : this.places.get(label);
      return place ? this.pairOf(place) : -1;
    });
    // Rows come in time order: the day's tally changes a few times a chunk, not every row.
    let day = Number.NaN;
    let tally: DayTally | null = null;
    for (let row = 0; row < chunk.rows; row++) {
      const pair = pairOfLabel[chunk.accountCodes[row] ?? -1] ?? -1;
      const rowDay = dayOfEpochMs(chunk.tsMs[row] ?? Number.NaN);
      if (pair < 0 || Number.isNaN(rowDay)) {
        this.unplacedTrades++;
        continue;
      }
      if (rowDay !== day || tally === null) {
        day = rowDay;
        tally = this.tallyOf(day);
      }
      tally.count[pair] = (tally.count[pair] ?? 0) + 1;
      tally.turnover[pair] =
        (tally.turnover[pair] ?? 0) + (chunk.price[row] ?? 0) * (chunk.qty[row] ?? 0);
    }
  }

  addRegionMetrics(chunk: RegionMetricColumns): void {
    for (let row = 0; row < chunk.rows; row++) {
      const metric = chunk.metric(row);
      const region = chunk.region(row);
      const value = chunk.value[row] ?? Number.NaN;
      const day = Math.floor((chunk.dateMs[row] ?? Number.NaN) / 86_400_000);
      if (metric === null || region === null || Number.isNaN(value) || Number.isNaN(day)) continue;
      let byRegion = this.metricCells.get(metric);
      if (!byRegion) this.metricCells.set(metric, (byRegion = new Map()));
      let cells = byRegion.get(region);
      if (!cells) byRegion.set(region, (cells = new Map()));
      cells.set(day, (cells.get(day) ?? 0) + value);
    }
  }

  private daysSeen(alerts: readonly CubeAlert[]): DayRange {
    let from = this.period?.from ?? Infinity;
    let to = this.period?.to ?? -Infinity;
    const see = (day: number) => {
      if (Number.isNaN(day)) return;
      from = Math.min(from, day);
      to = Math.max(to, day);
    };
    for (const day of this.tallies.keys()) see(day);
    for (const byRegion of this.metricCells.values())
      for (const cells of byRegion.values()) for (const day of cells.keys()) see(day);
    for (const alert of alerts) see(alert.day);
    return from === Infinity ? { from: 0, to: 0 } : { from, to };
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

    const range = this.daysSeen(cubeAlerts);
    const days = dayCount(range);
    const metricNames = [...this.metricCells.keys()].sort();
    const metricRegions = [
      ...new Set([...this.metricCells.values()].flatMap((byRegion) => [...byRegion.keys()])),
    ].sort();
    const metricValues = new Float64Array(metricNames.length * metricRegions.length * days);
    metricNames.forEach((metric, m) => {
      metricRegions.forEach((region, r) => {
        const start = (m * metricRegions.length + r) * days;
        for (const [day, value] of this.metricCells.get(metric)?.get(region) ?? [])
          metricValues[start + day - range.from] = value;
      });
    });

    const tradeCount = new Float64Array(this.pairs.length * days);
    const turnover = new Float64Array(this.pairs.length * days);
    for (const [day, tally] of this.tallies) {
      tally.count.forEach((count, pair) => (tradeCount[pair * days + day - range.from] = count));
      tally.turnover.forEach((sum, pair) => (turnover[pair * days + day - range.from] = sum));
    }
    return {
      dataset: this.dataset,
      generation: this.generation,
      days: range,
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
      tradeCount,
      turnover,
      unplacedTrades: this.unplacedTrades,
      alerts: cubeAlerts,
      accounts,
      metricNames,
      metricRegions,
      metricValues,
    };
  }
}
