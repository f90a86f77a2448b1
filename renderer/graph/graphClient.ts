/** The page's side of the graph worker: typed requests that resolve with the worker's answer. */
import type { RequestMap, RequestType, WorkerAnswer, WorkerRequest } from './protocol';

export class GraphClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer.answer);
      else waiting.reject(new Error(answer.message));
    };
    worker.onerror = (event) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(event.message));
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  call<T extends RequestType>(
    type: T,
    request: RequestMap[T]['request'],
  ): Promise<RequestMap[T]['answer']> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, type, request } satisfies WorkerRequest<T>);
    });
  }
}

/** One worker for the page, kept while the app runs so the built model stays warm. */
let shared: GraphClient | null = null;
export function graphClient(): GraphClient {
  shared ??= new GraphClient();
  return shared;
}
