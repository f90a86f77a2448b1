/** Messages between the page and the detection worker: one run per worker. */
import type { DetectionSummary } from './detectionStore';
import type { DetectionProgress, DetectionRequest } from './runDetection';

export type DetectionWorkerRequest = DetectionRequest;

export type DetectionWorkerMessage =
  | { kind: 'progress'; progress: DetectionProgress }
  | { kind: 'done'; summary: DetectionSummary }
  | { kind: 'failed'; message: string; stale: boolean };
