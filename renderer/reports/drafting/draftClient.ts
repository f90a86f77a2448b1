/**
 * The page's side of the drafting worker: one worker for the app's life, one promise per job.
 * Where there is no Worker (unit tests under Node), the job runs on this thread instead.
 */
import type { DocNode } from '../../../shared/reports/documentModel';
import type { ProvenanceRecord } from '../../../shared/reports/provenance';
import type { WorkstationDatabase } from '../../db/database';
import type { DraftJob, DraftRequest, DraftResponse, DraftResult } from './protocol';
import { runDraftJob } from './runDraftJob';

let worker: Worker | null = null;
let nextId = 1;
/** A job's promise, and the provenance parts received so far. */
type Pending = {
  resolve: (result: DraftResult) => void;
  reject: (error: Error) => void;
  provenance: ProvenanceRecord[];
  content: DocNode[];
};
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const waiting of pending.values()) waiting.reject(new Error(message));
  pending.clear();
}

function draftWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<DraftResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'provenance') {
      for (const record of message.records) waiting.provenance.push(record);
      return;
    }
    if (message.type === 'node') {
      waiting.content.push(message.node);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(new RangeError(message.message));
    else {
      const { result } = message;
      const doc = { ...result.doc, content: waiting.content };
      waiting.resolve({ ...result, doc, provenance: waiting.provenance });
    }
  };
  worker.onerror = (event) => {
    // A worker that failed to start or crashed answers nothing more: start afresh next time.
    failAll(`The report drafting worker failed: ${event.message || 'it could not start'}`);
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Drafts (or redrafts a section of) a report from the evidence in `db`, off the page thread. */
export function draftInWorker(job: DraftJob, db: WorkstationDatabase): Promise<DraftResult> {
  if (typeof Worker === 'undefined') return runDraftJob(job, db);
  const request: DraftRequest = { id: nextId++, database: db.name, job };
  return new Promise<DraftResult>((resolve, reject) => {
    pending.set(request.id, { resolve, reject, provenance: [], content: [] });
    draftWorker().postMessage(request);
  });
}
