/**
 * What `npm run bench -- import` (Node) and its browser page (renderer/import/bench) say to each
 * other, and the page to its workers: plain data, shared by both projects.
 */

export interface BenchPullRequest {
  baseUrl: string;
  publisherKeyPem: string;
  identity: string;
  datasetId: string;
}

export interface UiBlockReport {
  maxTimerDriftMs: number;
  longTasks: number;
  maxLongTaskMs: number;
  /** The worst blocks: when (ms after the start) and how long. */
  worst: { atMs: number; ms: number; kind: 'timer' | 'longtask' }[];
}

export interface BenchPullResult {
  status: string;
  /** The pull's outcome as the page received it. */
  outcome: unknown;
  ms: number;
  progressEvents: number;
  block: UiBlockReport;
}

export interface RawBulkPutRequest {
  /** Plain NDJSON of the table, as the publisher had it before encryption. */
  url: string;
  table: string;
  maxRows: number;
}

export interface RawBulkPutResult {
  rows: number;
  ms: number;
}

export interface VariantFigures {
  writeMs: number;
  queryMs: number;
  chunksRead: number;
}

export interface StorageVariantsResult {
  chunks: number;
  rows: number;
  sampleAccounts: number;
  postings: VariantFigures;
  multiEntry: VariantFigures;
  sampleInstruments: number;
  /** Chunks an instrument query reads, summed over the sample. */
  instrumentChunksPartitioned: number;
  instrumentChunksSequential: number;
}

/** What the bench page puts on `window.importBench`. */
export interface ImportBenchApi {
  pull(request: BenchPullRequest): Promise<BenchPullResult>;
  rawBulkPut(request: RawBulkPutRequest): Promise<RawBulkPutResult>;
  storageVariants(generation: string): Promise<StorageVariantsResult>;
}
