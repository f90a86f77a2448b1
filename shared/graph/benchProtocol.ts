/** What `npm run bench -- graph` asks of its browser harness (renderer/graph/bench) and gets back. */

export interface GraphBenchRequest {
  nodes: number;
  edges: number;
}

export interface GraphBenchResult {
  nodes: number;
  edges: number;
  layoutWorkerMs: number;
  layoutRoundTripMs: number;
  /** Adding the elements and fitting, before anything is drawn. */
  addMs: number;
  /** From creating the core to the second animation frame after. */
  firstRenderMs: number;
}

export interface FrameStats {
  median: number;
  p95: number;
  max: number;
  over50: number;
  frames: number;
  longTasks: number;
}

export interface GraphBenchApi {
  run(request: GraphBenchRequest): Promise<GraphBenchResult>;
  /** Starts recording frame times (before the harness drags the canvas). */
  startFrames(): void;
  stopFrames(): FrameStats;
  /** A point with no node under it, where a drag pans. */
  emptyPoint(): { x: number; y: number };
  /** Redraws the current graph in a theme, for a screenshot. */
  setTheme(theme: 'light' | 'dark'): Promise<void>;
  /** Drops the drawing. */
  drop(): void;
}
