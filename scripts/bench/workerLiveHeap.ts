/**
 * The live heap of the page's dedicated workers (the import worker), sampled over the DevTools
 * protocol: every SAMPLE_MS each worker is made to collect its garbage and then asked for its heap
 * in use, so the figure is what the worker holds, not garbage a collection has yet to free.
 * A collection in the worker stops the worker only; the page's main thread is not touched.
 */
import type { CDPSession, Page } from '@playwright/test';

const SAMPLE_MS = 2000;

interface AttachedEvent {
  sessionId: string;
  targetInfo: { type: string };
}

interface ReceivedEvent {
  sessionId: string;
  message: string;
}

export interface WorkerHeapSampler {
  /** Stops; the largest live heap seen in any worker, in bytes, and how many samples there were. */
  stop(): Promise<{ peakBytes: number; samples: number }>;
}

export async function sampleWorkerLiveHeap(page: Page): Promise<WorkerHeapSampler> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const waiting = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event: AttachedEvent) => {
    if (event.targetInfo.type === 'worker') workers.add(event.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (event: { sessionId: string }) => {
    workers.delete(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event: ReceivedEvent) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });

  // A worker that goes away never answers: give up on it after a while.
  const ask = (sessionId: string, method: string): Promise<unknown> =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(null);
      }, 10_000);
      waiting.set(id, (result) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(result);
      });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => resolve(null));
    });

  let peakBytes = 0;
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      for (const sessionId of [...workers]) {
        await ask(sessionId, 'HeapProfiler.collectGarbage');
        const usage = (await ask(sessionId, 'Runtime.getHeapUsage')) as { usedSize?: number };
        if (typeof usage?.usedSize === 'number') {
          samples++;
          peakBytes = Math.max(peakBytes, usage.usedSize);
        }
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await cdp.detach().catch(() => undefined);
      return { peakBytes, samples };
    },
  };
}
