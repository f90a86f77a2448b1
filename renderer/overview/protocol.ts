/** Messages between the Overview page and its aggregation worker. */
import type {
  PeriodSummary,
  RegionDetail,
  Timeline,
} from '../../shared/analytics/overview/aggregate';
import type { CubeBranch, CubeRegion } from '../../shared/analytics/overview/cube';
import type { DayNumber, DayRange } from '../../shared/analytics/overview/days';
import type { Outline } from '../../shared/analytics/overview/simplify';

export interface DatasetInput {
  id: string;
  generation: string;
  period: { from: string; to: string };
}

export type OverviewRequest =
  | { type: 'prepare'; id: number; datasets: DatasetInput[]; statusVersion: string }
  | {
      type: 'summarise';
      id: number;
      period: DayRange | null;
      region: string | null;
      today: DayNumber;
    };

/** What the map and pickers need once per set of dataset versions. */
export interface OverviewBase {
  /** Generations the base was built from, joined: the page's cache key. */
  key: string;
  span: DayRange;
  regions: CubeRegion[];
  outlines: { code: string; outline: Outline }[];
  branches: CubeBranch[];
  /** Root regions of the jurisdictions (usually one province). */
  roots: string[];
  metricNames: string[];
  tradeRows: number;
  unplacedTrades: number;
  /** Time to build the cubes not yet cached, ms (0 when all came from the cache). */
  buildMs: number;
}

export interface OverviewFigures {
  summary: PeriodSummary;
  timeline: Timeline;
  detail: RegionDetail | null;
  /** Time the worker spent summing, ms. */
  aggregateMs: number;
}

export type OverviewResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'prepared'; id: number; base: OverviewBase }
  | { type: 'summarised'; id: number; figures: OverviewFigures }
  | { type: 'failed'; id: number; message: string };
