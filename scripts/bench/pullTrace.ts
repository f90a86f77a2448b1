/**
 * A Chrome performance trace of the page during the pull, taken over the DevTools protocol, and
 * the figures read from it: the longest task on the page's main thread (wall and CPU time, so a
 * task the machine's other load stretched shows as such) and the live JavaScript heap after each
 * full garbage collection of the page and of the import worker. Unlike
 * `performance.measureUserAgentSpecificMemory()`, which makes the page collect garbage and itself
 * blocked the page for up to ~140 ms, tracing leaves the page alone.
 */
import type { Page } from '@playwright/test';
import type { TraceEvent } from './traceStream';
import { parseEventLine, readLines } from './traceStream';

/** Few categories: main-thread tasks, and garbage collections with their heap sizes. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface PullTraceFigures {
  /** The longest task on the page's main thread, wall time (what a user waits). */
  maxMainTaskMs: number;
  /** That task's CPU time on the thread: far below the wall time when the machine was busy. */
  maxMainTaskCpuMs: number;
  /** The most CPU time any one task of the page's main thread took. */
  maxMainTaskOwnCpuMs: number;
  /** CPU time of all tasks of the import worker and of the page's main thread: the work done, whatever else the machine ran. */
  workerCpuMs: number;
  pageCpuMs: number;
  /** Tasks of the page's main thread longer than 50 ms. */
  mainLongTasks: number;
  /** Largest live heap after a full collection: import worker, and page. */
  workerLiveHeapBytes: number;
  pageLiveHeapBytes: number;
  /** Full collections seen in the worker (the live figure is only as good as their number). */
  workerMajorGcs: number;
}

export interface PullTrace {
  /** Ends the trace; the figures, and the raw trace text when asked to keep it. */
  stop(keepText: boolean): Promise<{ figures: PullTraceFigures; text: string | null }>;
}

export async function startPullTrace(page: Page): Promise<PullTrace> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES },
  });
  return {
    async stop(keepText) {
      const complete = new Promise<string>((resolve) =>
        cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
      );
      await cdp.send('Tracing.end');
      const events: TraceEvent[] = [];
      const kept: string[] = [];
      await readLines(cdp, await complete, (line) => {
        if (keepText) kept.push(line);
        const event = parseEventLine(line);
        if (event && isInteresting(event)) events.push(event);
      });
      await cdp.detach();
      return { figures: figuresOf(events), text: keepText ? kept.join('\n') : null };
    },
  };
}

function isInteresting(event: TraceEvent): boolean {
  return (
    (event.ph === 'M' && event.name === 'thread_name') ||
    (event.ph === 'X' && (event.name === 'RunTask' || event.name === 'MajorGC'))
  );
}

function figuresOf(events: TraceEvent[]): PullTraceFigures {
  const threadNames = new Map<string, string>();
  const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  for (const event of events)
    if (event.ph === 'M') threadNames.set(threadOf(event), event.args?.name ?? '');
  const figures: PullTraceFigures = {
    maxMainTaskMs: 0,
    maxMainTaskCpuMs: 0,
    maxMainTaskOwnCpuMs: 0,
    workerCpuMs: 0,
    pageCpuMs: 0,
    mainLongTasks: 0,
    workerLiveHeapBytes: 0,
    pageLiveHeapBytes: 0,
    workerMajorGcs: 0,
  };
  for (const event of events) {
    const thread = threadNames.get(threadOf(event));
    if (event.name === 'RunTask' && thread?.startsWith('DedicatedWorker')) {
      figures.workerCpuMs += (event.tdur ?? 0) / 1000;
    } else if (event.name === 'RunTask' && thread === 'CrRendererMain') {
      const ms = (event.dur ?? 0) / 1000;
      if (ms > 50) figures.mainLongTasks++;
      const cpuMs = (event.tdur ?? event.dur ?? 0) / 1000;
      figures.pageCpuMs += (event.tdur ?? 0) / 1000;
      figures.maxMainTaskOwnCpuMs = Math.max(figures.maxMainTaskOwnCpuMs, cpuMs);
      if (ms > figures.maxMainTaskMs) {
        figures.maxMainTaskMs = ms;
        figures.maxMainTaskCpuMs = (event.tdur ?? event.dur ?? 0) / 1000;
      }
    } else if (event.name === 'MajorGC') {
      const live = event.args?.usedHeapSizeAfter ?? 0;
      if (thread === 'CrRendererMain')
        figures.pageLiveHeapBytes = Math.max(figures.pageLiveHeapBytes, live);
      else if (thread?.startsWith('DedicatedWorker')) {
        figures.workerMajorGcs++;
        figures.workerLiveHeapBytes = Math.max(figures.workerLiveHeapBytes, live);
      }
    }
  }
  return figures;
}
