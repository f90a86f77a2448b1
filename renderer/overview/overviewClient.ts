/**
 * The page's side of the aggregation worker: one worker for the app's life (its cube cache
 * outlives a visit to another page), one promise per request.
 */
import type { DayNumber, DayRange } from '../../shared/analytics/overview/days';
import type {
  DatasetInput,
  OverviewBase,
  OverviewFigures,
  OverviewRequest,
  OverviewResponse,
} from './protocol';

type Pending = {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
};

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function overviewWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./overview.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<OverviewResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'progress') {
      waiting.onProgress?.(message.done, message.total);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(new Error(message.message));
    else if (message.type === 'prepared') waiting.resolve(message.base as never);
    else waiting.resolve(message.figures as never);
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

type Unnumbered<R> = R extends OverviewRequest ? Omit<R, 'id'> : never;

function ask<T>(
  request: Unnumbered<OverviewRequest>,
  onProgress?: (done: number, total: number) => void,
): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: never) => void, reject, onProgress });
    overviewWorker().postMessage({ ...request, id } as OverviewRequest);
  });
}

export function prepareOverview(
  datasets: DatasetInput[],
  statusVersion: string,
  onProgress?: (done: number, total: number) => void,
): Promise<OverviewBase> {
  return ask({ type: 'prepare', datasets, statusVersion }, onProgress);
}

export function summariseOverview(
  period: DayRange | null,
  region: string | null,
  today: DayNumber,
): Promise<OverviewFigures> {
  return ask({ type: 'summarise', period, region, today });
}
