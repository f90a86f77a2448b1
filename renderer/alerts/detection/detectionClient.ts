/**
 * Starting local detection from the page: one worker per run, at most one run per dataset at a
 * time, with its progress and outcome in a small store every component can read.
 */
import { create } from 'zustand';
import type { DetectionSummary } from './detectionStore';
import type { DetectionWorkerMessage, DetectionWorkerRequest } from './protocol';
import type { DetectionProgress } from './runDetection';

export type DetectionRunState =
  | { phase: 'running'; generation: string; progress: DetectionProgress | null }
  | { phase: 'done'; generation: string; summary: DetectionSummary }
  | { phase: 'failed'; generation: string; message: string };

interface DetectionRuns {
  /** By dataset id. */
  runs: Record<string, DetectionRunState>;
}

export const useDetectionRuns = create<DetectionRuns>(() => ({ runs: {} }));

function setRun(dataset: string, state: DetectionRunState): void {
  useDetectionRuns.setState((current) => ({ runs: { ...current.runs, [dataset]: state } }));
}

export function isRunning(dataset: string): boolean {
  return useDetectionRuns.getState().runs[dataset]?.phase === 'running';
}

/** Runs local detection over the dataset's current generation in a worker. */
export function startLocalDetection(
  dataset: string,
  generation: string,
  actor: string,
): Promise<DetectionSummary> {
  if (isRunning(dataset)) return Promise.reject(new Error(`Local detection of ${dataset} is already running.`));
  setRun(dataset, { phase: 'running', generation, progress: null });
  const worker = new Worker(new URL('./detection.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<DetectionSummary>((resolve, reject) => {
    const finish = (state: DetectionRunState) => {
      worker.terminate();
      setRun(dataset, state);
    };
    worker.onmessage = (event: MessageEvent<DetectionWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') {
        setRun(dataset, { phase: 'running', generation, progress: message.progress });
      } else if (message.kind === 'done') {
        finish({ phase: 'done', generation, summary: message.summary });
        resolve(message.summary);
      } else {
        finish({ phase: 'failed', generation, message: message.message });
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish({ phase: 'failed', generation, message: event.message || 'detection worker failed' });
      reject(new Error(event.message));
    };
    worker.postMessage({ dataset, actor } satisfies DetectionWorkerRequest);
  });
}
