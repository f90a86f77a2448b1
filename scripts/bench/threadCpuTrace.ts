/**
 * CPU time per thread of a page's renderer (its main thread, its dedicated workers) over a
 * stretch of a benchmark, from a Chrome performance trace: each `RunTask` event carries its
 * thread's CPU time (`tdur`), which load from other jobs on a shared machine stretches far less
 * than wall time. Also the main thread's longest task, what a user would feel as a stall.
 */
import type { Page } from '@playwright/test';
import type { TraceEvent } from './traceStream';
import { parseEventLine, readLines } from './traceStream';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface ThreadCpuFigures {
  /** CPU of the page's main thread (CrRendererMain) over the stretch. */
  mainCpuMs: number;
  /** Wall and CPU time of the main thread's longest task. */
  mainLongestTaskMs: number;
  mainLongestTaskCpuMs: number;
  /** CPU of all dedicated workers of the renderer over the stretch. */
  workerCpuMs: number;
}

export async function startThreadCpuTrace(
  page: Page,
): Promise<{ stop(): Promise<ThreadCpuFigures> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES },
  });
  return {
    async stop() {
      const complete = new Promise<string>((resolve) =>
        cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
      );
      await cdp.send('Tracing.end');
      const names = new Map<string, string>();
      const tasks: TraceEvent[] = [];
      await readLines(cdp, await complete, (line) => {
        const event = parseEventLine(line);
        if (!event) return;
        if (event.ph === 'M' && event.name === 'thread_name')
          names.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
        else if (event.ph === 'X' && event.name === 'RunTask') tasks.push(event);
      });
      await cdp.detach();
      const threadOf = (event: TraceEvent) => names.get(`${event.pid}:${event.tid}`) ?? '';
      const main = tasks.filter((task) => threadOf(task) === 'CrRendererMain');
      const pages = new Set(main.map((task) => task.pid));
      const workers = tasks.filter(
        (task) => pages.has(task.pid) && threadOf(task).startsWith('DedicatedWorker'),
      );
      const cpu = (task: TraceEvent) => (task.tdur ?? task.dur ?? 0) / 1000;
      const longest = main.reduce<TraceEvent | null>(
        (worst, task) => (worst === null || (task.dur ?? 0) > (worst.dur ?? 0) ? task : worst),
        null,
      );
      return {
        mainCpuMs: main.reduce((sum, task) => sum + cpu(task), 0),
        mainLongestTaskMs: (longest?.dur ?? 0) / 1000,
        mainLongestTaskCpuMs: longest ? cpu(longest) : 0,
        workerCpuMs: workers.reduce((sum, task) => sum + cpu(task), 0),
      };
    },
  };
}
