/**
 * The drafting worker's side of its helper worker: one helper for the worker's life, started
 * on first use; where workers cannot start workers, the drafting worker reads every chunk itself.
 */
import type { ChunkRowsReader } from '../evidence/rowsForAccounts';
import type { ChunkRowsRequest, ChunkRowsResponse } from './protocol';

let helper: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (message: ChunkRowsResponse & { type: 'rows' }) => void; reject: (e: Error) => void }
>();

function helperWorker(): Worker {
  if (helper) return helper;
  helper = new Worker(new URL('./chunkRows.worker.ts', import.meta.url), { type: 'module' });
  helper.onmessage = (event: MessageEvent<ChunkRowsResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(new RangeError(message.message));
    else waiting.resolve(message);
  };
  helper.onerror = (event) => {
    for (const waiting of pending.values())
      waiting.reject(
        new Error(`The chunk reading helper failed: ${event.message || 'it could not start'}`),
      );
    pending.clear();
    helper?.terminate();
    helper = null;
  };
  return helper;
}

export function chunkRowsHelper(database: string): ChunkRowsReader | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return (filter, seqs) => {
    const request: ChunkRowsRequest = { id: nextId++, database, filter, seqs };
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      helperWorker().postMessage(request);
    });
  };
}
