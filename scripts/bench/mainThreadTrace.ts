/**
 * The page's main-thread tasks over a stretch of a benchmark (a pan, a scroll), from a Chrome
 * performance trace taken over the DevTools protocol. Frame intervals measure the machine as a
 * whole; a task's CPU time (`tdur`) is the page's own work, which other load on a shared machine
 * stretches far less. Optionally a sampled CPU profile of the same stretch, to name the code a
 * long task ran.
 */
import type { Page } from '@playwright/test';
import type { TraceEvent } from './traceStream';
import { parseEventLine, readLines } from './traceStream';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface MainThreadTask {
  /** Start, ms from the trace's clock origin. */
  startMs: number;
  wallMs: number;
  cpuMs: number;
}

export interface MainThreadFigures {
  tasks: number;
  /** Tasks whose wall time was over 50 ms: what a user waits, load included. */
  longTasks: number;
  /** Tasks whose own CPU time was over 50 ms: the page's work, whatever else the machine ran. */
  longTasksCpu: number;
  maxTaskMs: number;
  /** CPU time of the task with the longest wall time. */
  maxTaskCpuMs: number;
  /** The most CPU time any one task took. */
  maxTaskOwnCpuMs: number;
  /** CPU time of all the main thread's tasks in the stretch. */
  cpuMs: number;
  /** Full garbage collections on the main thread, and the longest one's time. */
  majorGcs: number;
  maxMajorGcMs: number;
}

/** A node of a V8 CPU profile (`Profiler.stop`), as much of it as is read here. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface MainThreadTrace {
  stop(): Promise<{
    figures: MainThreadFigures;
    /** CPU time by trace event name on the main thread (nested events counted in each). */
    breakdown: [string, number][];
    longest: MainThreadTask[];
    profile: CpuProfile | null;
  }>;
}

export async function startMainThreadTrace(
  page: Page,
  options: { profile?: boolean } = {},
): Promise<MainThreadTrace> {
  const cdp = await page.context().newCDPSession(page);
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
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
      const profile = options.profile
        ? ((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile)
        : null;
      const events: TraceEvent[] = [];
      await readLines(cdp, await complete, (line) => {
        const event = parseEventLine(line);
        if (event && ((event.ph === 'M' && event.name === 'thread_name') || event.ph === 'X'))
          events.push({ ...event, args: event.ph === 'M' ? event.args : undefined });
      });
      await cdp.detach();
      const tasks = mainThreadTasks(events, 'RunTask');
      const collections = mainThreadTasks(events, 'MajorGC');
      const breakdown = new Map<string, number>();
      for (const event of mainThreadEvents(events))
        breakdown.set(
          event.name!,
          (breakdown.get(event.name!) ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000,
        );
      return {
        breakdown: [...breakdown.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15),
        figures: {
          ...figuresOf(tasks),
          majorGcs: collections.length,
          maxMajorGcMs: Math.max(0, ...collections.map((gc) => gc.wallMs)),
        },
        longest: [...tasks].sort((a, b) => b.wallMs - a.wallMs).slice(0, 5),
        profile,
      };
    },
  };
}

/** Adds up several stretches' figures (maxima of the maxima, sums of the counts). */
export function combineFigures(all: MainThreadFigures[]): MainThreadFigures {
  const longest = all.reduce((a, b) => (b.maxTaskMs > a.maxTaskMs ? b : a), all[0]!);
  return {
    tasks: all.reduce((sum, f) => sum + f.tasks, 0),
    longTasks: all.reduce((sum, f) => sum + f.longTasks, 0),
    longTasksCpu: all.reduce((sum, f) => sum + f.longTasksCpu, 0),
    maxTaskMs: longest.maxTaskMs,
    maxTaskCpuMs: longest.maxTaskCpuMs,
    maxTaskOwnCpuMs: Math.max(...all.map((f) => f.maxTaskOwnCpuMs)),
    cpuMs: all.reduce((sum, f) => sum + f.cpuMs, 0),
    majorGcs: all.reduce((sum, f) => sum + f.majorGcs, 0),
    maxMajorGcMs: Math.max(...all.map((f) => f.maxMajorGcMs)),
  };
}

/**
 * The functions a sampled profile spent most of its self time in between two moments (the
 * trace's clock and the profiler's are both microseconds of the same monotonic clock), each with
 * its callers, to say what a long task was.
 */
export function hottestFunctions(
  profile: CpuProfile,
  fromMs: number,
  toMs: number,
  count = 12,
  depth = 6,
): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const name = (node: ProfileNode) => {
    const file = node.callFrame.url.split('/').pop() ?? '';
    return `${node.callFrame.functionName || '(anonymous)'}@${file}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
  };
  const selfUs = new Map<string, number>();
  let at = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const delta = deltas[i + 1] ?? 0;
    if (at / 1000 < fromMs || at / 1000 > toMs) continue;
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const chain: string[] = [];
    for (
      let id: number | undefined = node.id;
      id !== undefined && chain.length < depth;
      id = parentOf.get(id)
    ) {
      const frame = byId.get(id);
      if (frame && frame.callFrame.functionName !== '(root)') chain.push(name(frame));
    }
    const key = chain.join(' < ');
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
  }
  return [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `${(us / 1000).toFixed(1)} ms  ${key}`);
}

function mainThreadEvents(events: TraceEvent[]): TraceEvent[] {
  const names = new Map<string, string>();
  const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  for (const event of events)
    if (event.ph === 'M') names.set(threadOf(event), event.args?.name ?? '');
  return events.filter(
    (event) => event.ph === 'X' && names.get(threadOf(event)) === 'CrRendererMain',
  );
}

function mainThreadTasks(events: TraceEvent[], name: string): MainThreadTask[] {
  return mainThreadEvents(events)
    .filter((event) => event.name === name)
    .map((event) => ({
      startMs: (event.ts ?? 0) / 1000,
      wallMs: (event.dur ?? 0) / 1000,
      cpuMs: (event.tdur ?? event.dur ?? 0) / 1000,
    }));
}

function figuresOf(tasks: MainThreadTask[]): Omit<MainThreadFigures, 'majorGcs' | 'maxMajorGcMs'> {
  const longest = tasks.reduce<MainThreadTask | null>(
    (worst, task) => (worst === null || task.wallMs > worst.wallMs ? task : worst),
    null,
  );
  return {
    tasks: tasks.length,
    longTasks: tasks.filter((task) => task.wallMs > 50).length,
    longTasksCpu: tasks.filter((task) => task.cpuMs > 50).length,
    maxTaskMs: longest?.wallMs ?? 0,
    maxTaskCpuMs: longest?.cpuMs ?? 0,
    maxTaskOwnCpuMs: Math.max(0, ...tasks.map((task) => task.cpuMs)),
    cpuMs: tasks.reduce((sum, task) => sum + task.cpuMs, 0),
  };
}
