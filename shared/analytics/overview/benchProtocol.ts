/** What `npm run bench -- overview` asks of its browser harness, and what it gets back. */
import type { DayRange } from './days';

export interface OverviewBenchPrepareResult {
  /** Building the cube of the dataset version (once per version; cached after). */
  buildMs: number;
  tradeRows: number;
  unplacedTrades: number;
  span: DayRange;
}

export interface PeriodChangeTiming {
  period: DayRange;
  /** From the period change to the first map frame drawn with the new figures. */
  totalMs: number;
  /** Summing in the worker. */
  aggregateMs: number;
  /** Request to answer, worker summing and message passing included. */
  roundTripMs: number;
  /** Layers rebuilt, handed to deck.gl and drawn. */
  drawMs: number;
}

export interface OverviewBenchApi {
  pull(request: {
    baseUrl: string;
    publisherKeyPem: string;
    identity: string;
    datasetId: string;
  }): Promise<{ status: string; ms: number; outcome: unknown }>;
  prepare(datasetId: string): Promise<OverviewBenchPrepareResult>;
  periodChanges(
    periods: DayRange[],
    heat: 'trading' | 'alerts' | 'off',
  ): Promise<PeriodChangeTiming[]>;
}
