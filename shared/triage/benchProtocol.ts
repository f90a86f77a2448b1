/** What the triage benchmark page (renderer/alerts/bench) hands back to `npm run bench -- triage`. */
export interface TriageBenchResult {
  alerts: number;
  store_ms: number;
  load_ms: number;
  index_ms: number;
  /** Each query's row count and the time of each repeat. */
  queries: { name: string; rows: number; ms: number[] }[];
}

/** The scroll of the queue table, a separate step so the harness can trace just it. */
export interface TriageScrollResult {
  /** Time between animation frames while scrolling the queue, ms. */
  frames: number[];
  /** Time between animation frames with nothing to do: the machine's baseline. */
  idle: number[];
}
